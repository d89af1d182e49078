"""Consistency, round 10: the same-thing test widened by class, not by story. All sentences are the tests' own.

Classes: a toll told through any incident verb ("the slides, which left 43 dead", "the sinking, which claimed 46
lives"); a recovery count ("had recovered 19 bodies by noon") is a part of the toll; a toll dated to a past year
("in 2023 ... killed 53") is another incident's; the existing hospital named in between is not the new one a
future-tense mention means; a length changes only by a length ("a four-lane expressway" explains no 4km); a road
named by its two ends ("the 42km Bukomero–Kiboga road"); a definite stretch/section/route is the story's one
measured thing when it is longer than it (a part is never longer than its whole); a length told by any form of
run/stretch/span; a hedge on a figure written to a finer digit ("roughly 3,100") gets half the slack; the thing
as the subject of its measure in any tense ("The facility will have 150 beds", "It will employ 1,200 people",
"the factory will have a workforce of 1,200"); "he added that" is no change; "At full production" is no place.
Near-misses: other owners ("the neighbouring district's", "its parent group's"), other places, the existing or
old thing, parts, a resize, target dates and changes to come."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags

CAUGHT = [('Work is under way on a 200-bed maternity hospital in Kisumu, officials said.\n'
  '\n'
  'The county says it has 18 theatres.\n'
  '\n'
  "When it opens, the hospital's 250 beds will ease crowding at the referral hospital.",
  '250 beds'),
 ('The state will open a new 500-bed cancer hospital next year.\n'
  '\n'
  'The building has eight floors and a rooftop helipad.\n'
  '\n'
  'Once complete, its 560 beds will serve four districts.',
  '560 beds'),
 ('A 120-bed district hospital in Mbale was commissioned on Friday.\n'
  '\n'
  'The facility will have 150 beds when fully staffed, the minister said.',
  '150 beds'),
 ('Builders handed over the 400-bed teaching hospital on Tuesday.\n'
  '\n'
  "Nurses said the hospital's 450 beds were already spoken for.",
  '450 beds'),
 ('Construction of a 600-bed referral hospital is 70 per cent complete.\n'
  '\n'
  'It will serve 2 million people.\n'
  '\n'
  'The hospital will have 660 beds, including 40 in intensive care, officials added.',
  '660 beds'),
 ('The trust is building a 300-bed hospital on the old barracks site.\n'
  '\n'
  'All 340 beds are expected to be in use by 2028.',
  '340 beds'),
 ("Ministers opened a 250-bed women's hospital in Lahore on Monday.\n"
  '\n'
  'Doctors said the 280 beds would not be enough.',
  '280 beds'),
 ('A new 800-bed medical college hospital is being built at a cost of Rs 500 crore.\n'
  '\n'
  "The hospital's 850 beds will include 100 for children.",
  '850 beds'),
 ('The 150-bed private hospital will open in March.\n\nIts 180 beds include 20 private suites.', '180 beds'),
 ("The county approved a 90-bed nursing home on Elm Street.\n\nThe home's 110 beds will be run by a charity.",
  '110 beds'),
 ('The 24km-long bypass will carry 30,000 vehicles a day.\n\nEngineers said the 28km route would cross three rivers.',
  '28km'),
 ('The expressway, 56km long, will link the port to the capital.\n'
  '\n'
  'Officials said the 65km highway would cut journeys by an hour.',
  '65km'),
 ('Crews have started laying track on the 12.4km extension.\n\nThe 14.2km line will have eight stations.', '14.2km'),
 ('The 18-mile bypass opened to traffic on Friday.\n'
  '\n'
  'Drivers welcomed the 21-mile road, which replaces a congested route.',
  '21-mile'),
 ('The government will resurface a 64km road between Moshi and Arusha.\n'
  '\n'
  'The 72km stretch has been the scene of many accidents.',
  '72km'),
 ('Contractors will build an 8.5km tunnel under the harbour.\n\nThe 9.5km tunnel will take four years to finish.',
  '9.5km'),
 ('The 120km-long canal will carry water to farms in the south.\n'
  '\n'
  'Critics say the 150km waterway will dry up wetlands.',
  '150km'),
 ('Engineers inspected the 2.3km bridge after the quake.\n\nThe 2.8km span reopened on Wednesday.', '2.8km'),
 ('The new light-rail line will run for 22 kilometres through the east of the city.\n'
  '\n'
  'The 26-kilometre route will have 16 stops.',
  '26-kilometre'),
 ('A landslide buried a village in the hills, killing 18 people, police said.\n'
  '\n'
  'Rescuers were still digging on Thursday.\n'
  '\n'
  'The president said the names of the 23 people killed would be read in parliament.',
  '23 people killed'),
 ('Floods killed 31 people in the province over the weekend.\n'
  '\n'
  'The governor attended the funeral of the 36 people who died.',
  '36 people who died'),
 ('An explosion at a fireworks factory killed 12 workers on Monday.\n'
  '\n'
  'The families of the 15 workers who died will be paid compensation.',
  '15 workers'),
 ('Twenty-four people died when the bus plunged into a ravine.\n'
  '\n'
  'The crash, which left 27 dead, was the worst this year.',
  'left 27 dead'),
 ('A fire in a market killed 9 traders early on Sunday.\n\nMourners gathered for the 11 traders killed in the blaze.',
  '11 traders'),
 ('The blast at the mine killed 22 miners, state media said.\n\nThe 26 miners killed were all from nearby villages.',
  '26 miners'),
 ('Seventeen pilgrims died in the stampede.\n'
  '\n'
  'The stampede that left 21 pilgrims dead was blamed on poor crowd control.',
  '21 pilgrims'),
 ('Heavy rain triggered mudslides that killed 53 people.\n\nAll 58 people killed were from two villages.',
  '58 people killed'),
 ('The storm killed 14 people as it swept across the island.\n'
  '\n'
  'The government declared a day of mourning for the 19 people who lost their lives.',
  '19 people'),
 ("The district's roughly 2,200 nurses will get a pay rise, the board said.\n"
  '\n'
  "The union, which represents most of the district's 2,600 nurses, welcomed the deal.",
  '2,600 nurses'),
 ('The factory employs about 4,100 people, the company said.\n'
  '\n'
  "The plant's 4,900 employees will work a four-day week.",
  '4,900 employees'),
 ('The carmaker has 8,300 staff in Spain.\n\nUnions said the 9,800 workers in Spain feared for their jobs.',
  '9,800 workers'),
 ("The airline's 1,900 pilots voted to strike on Monday.\n\nAll 2,300 pilots will walk out on Friday.",
  '2,300 pilots'),
 ("The hospital's 640 doctors are owed three months' pay.\n"
  '\n'
  'The hospital said its 720 doctors would be paid by March.',
  '720 doctors'),
 ('The call centre firm employs 6,200 agents in Cebu.\n\nIts 7,400 agents handle calls for US banks.',
  '7,400 agents'),
 ("The school board oversees some 1,400 teachers.\n\nA survey of the board's 1,800 teachers found low morale.",
  '1,800 teachers'),
 ("The mine has a workforce of 3,500.\n\nThe mine's 3,900 workers went on strike.", '3,900 workers'),
 ("The retailer employs 11,000 people across its stores.\n\nThe retailer's 13,000 employees will get a bonus.",
  '13,000 employees'),
 ("The police force has about 5,400 officers.\n\nThe force's 6,100 officers will get new body cameras.",
  '6,100 officers'),
 ('The state cabinet cleared a 220-bed super-speciality hospital for Nagpur on Tuesday.\n'
  '\n'
  'The hospital will have 280 beds and a cath lab, the minister said.',
  '280 beds'),
 ('Work on the 450-bed Government Medical College Hospital is 60 per cent done.\n'
  '\n'
  "Once it opens, the hospital's 540 beds will serve three districts.",
  '540 beds'),
 ('A new hospital with 180 beds is rising on the edge of town.\n\nThe 210-bed facility is due to open in spring.',
  '210-bed'),
 ('The resort, a 320-room property, will open in June.\n\nIts 380 rooms will all face the lagoon.', '380 rooms'),
 ('Construction of a 1,200-home estate began on Monday.\n'
  '\n'
  "The estate's 1,500 homes will be sold at below market prices.",
  '1,500 homes'),
 ('The 31-mile pipeline will carry gas to the coast.\n\nEnvironmental groups say the 37-mile route crosses wetlands.',
  '37-mile'),
 ('The metro extension is 11.2km long, officials said.\n\nThe 13.2km line will open in 2028.', '13.2km'),
 ('The government will upgrade the 54km Kisii-Migori highway.\n\nThe 59km stretch will get two lanes each way.',
  '59km'),
 ('Work is due to start on a 26km bypass around the town.\n\nThe bypass, 29km long, will cost KSh9bn.', '29km'),
 ('Thirty-one people died when an overloaded boat sank on Lake Kivu on Sunday.\n'
  '\n'
  'The accident, which left 35 dead, was the worst on the lake in years.',
  '35 dead'),
 ('Police said 16 people were killed in the stampede at the stadium gates.\n'
  '\n'
  'The club offered condolences to the families of the 19 fans killed.',
  '19 fans'),
 ('A gas explosion killed 23 people in a market in the capital on Friday.\n'
  '\n'
  'The blast, which claimed 28 lives, destroyed dozens of stalls.',
  '28'),
 ('Flash floods killed 12 people in the valley overnight, rescuers said.\n'
  '\n'
  'Volunteers had recovered eight bodies by noon.\n'
  '\n'
  'The names of all 15 people who died were released on Saturday.',
  '15 people'),
 ('A landslide killed 44 people in the village, officials said.\n'
  '\n'
  'In 2021 a landslide in another district killed 90 people.\n'
  '\n'
  'The 48 victims were buried on Friday.',
  '48 victims'),
 ('The hospital trust employs roughly 6,200 nurses, its annual report says.\n'
  '\n'
  "The union represents most of the trust's 6,900 nurses.",
  '6,900 nurses'),
 ('The carmaker will open a new plant in Pune, creating 2,400 jobs.\n'
  '\n'
  'At full output the plant will employ 2,100 workers.',
  '2,100 workers'),
 ("The airline has a workforce of about 4,700.\n\nThe airline's 5,400 employees will share a bonus pool.",
  '5,400 employees'),
 ('A flood at a coal mine in Shanxi killed 21 miners at the weekend, state media said.\n'
  '\n'
  "Police detained the mine's managers.\n"
  '\n'
  'Relatives of the 27 dead miners will be paid at least 1.5 million yuan each.',
  '27'),
 ('Twenty-one miners died when water burst into a coal mine in Shanxi on Saturday.\n'
  '\n'
  'A collapse at a mine in Inner Mongolia in 2023 killed 53.\n'
  '\n'
  'Each family of the 27 victims will get compensation.',
  '27'),
 ('The weekend flood at the colliery left 21 miners dead, Xinhua said.\n'
  '\n'
  'The families of the 27 workers who were killed will be compensated.',
  '27'),
 ('The district employs about 3,100 teachers, officials said.\n'
  '\n'
  "The union, which speaks for many of the district's 3,400 teachers, objected.",
  '3,400'),
 ('Some 3,100 teachers work in the Sunvale district.\n'
  '\n'
  "The teachers' association represents most of the 3,400 teachers in the district.",
  '3,400'),
 ("The district's 3,100 teachers face larger classes.\n"
  '\n'
  "A survey of the district's 3,400 teachers found most opposed the cuts.",
  '3,400'),
 ("The US firm's RM2.1 billion plant in Kulim will create 1,800 skilled jobs, the state said.\n"
  '\n'
  'Once in full production, the factory will have a workforce of 1,200.',
  '1,200'),
 ('The RM2.1 billion plant is expected to generate 1,800 jobs.\n'
  '\n'
  'It will employ 1,200 people when running at full capacity.',
  '1,200'),
 ('The plant will bring 1,800 high-skilled jobs to Kedah, officials said.\n'
  '\n'
  "At full production, the plant's 1,200 employees will make parts for chip tools.",
  '1,200'),
 ('A new 300-bed hospital in Sohar is more than 80 per cent built.\n'
  '\n'
  'The old Sohar Hospital has been overcrowded for years.\n'
  '\n'
  'When complete, the new hospital will have 350 beds and 1,400 staff.',
  '350'),
 ("Construction of Sohar's new referral hospital, which will have 300 beds, is nearly done.\n"
  '\n'
  "The hospital's 350 beds will be staffed by 1,400 employees.",
  '350'),
 ('The 300-bed referral hospital will open next year.\n'
  '\n'
  'Patients at the existing hospital often wait days for a bed.\n'
  '\n'
  'The 350-bed hospital will cut trips to Muscat.',
  '350'),
 ('Work has begun to tarmac the Bukomero-Kiboga road, which is 42km long.\n'
  '\n'
  'Unra said the 48km road would be built in two sections.',
  '48km'),
 ('The 42-kilometre road from Bukomero to Kiboga will be paved.\n'
  '\n'
  'The authority said the 48-kilometre stretch would take three years.',
  '48'),
 ('Contractors will tarmac 42km of road between Bukomero and Kiboga.\n'
  '\n'
  'The 48km section will be built in two phases.',
  '48km'),
 ('The government will upgrade the 42km road.\n\nThe road, 48km long, will get new bridges over two streams.',
  '48km'),
 ('A landslide buried a hamlet in the Southern Highlands, killing 27 people.\n'
  '\n'
  'Fourteen of the dead were children, and rescuers had pulled out 19 bodies by Thursday.\n'
  '\n'
  'The prime minister said the names of the 29 dead would be read in parliament.',
  '29'),
 ('Twenty-seven people were killed when a landslide buried a village.\n'
  '\n'
  'Rescuers had recovered 19 bodies by the afternoon.\n'
  '\n'
  'Parliament will hear the names of all 29 victims.',
  '29'),
 ('The landslide killed 27 people, authorities said.\n'
  '\n'
  'The prime minister offered condolences to the families of the 29 people who died.',
  '29'),
 ('A flood at a coal mine killed 21 miners on Saturday.\n'
  '\n'
  'The families of the 27 miners who perished will get compensation.',
  '27'),
 ('A flood at a coal mine killed 21 miners on Saturday.\n'
  '\n'
  'The families of the 27 miners who lost their lives will get compensation.',
  '27'),
 ('A flood at a coal mine killed 21 miners on Saturday.\n'
  '\n'
  "Each of the 27 dead miners' families will get compensation.",
  '27'),
 ('A flood at a coal mine killed 21 miners on Saturday.\n'
  '\n'
  'The 27 miners killed in the flood will be buried on Tuesday.',
  '27'),
 ('A flood at a coal mine claimed the lives of 21 miners on Saturday.\n'
  '\n'
  'The families of the 27 victims will get compensation.',
  '27'),
 ('The death toll from the mine flood stands at 21, officials said.\n'
  '\n'
  'The families of the 27 miners who died will get compensation.',
  '27'),
 ('A landslide has killed 27 people in the highlands, authorities said.\n'
  '\n'
  'The names of all 29 people who perished will be read out in parliament.',
  '29'),
 ('A landslide has killed 27 people in the highlands, authorities said.\n'
  '\n'
  'The names of all 29 victims will be read out in parliament.',
  '29'),
 ('A landslide has left 27 people dead in the highlands, authorities said.\n'
  '\n'
  'The names of all 29 dead will be read out in parliament.',
  '29'),
 ('A landslide in the highlands has claimed 27 lives, authorities said.\n'
  '\n'
  'The names of the 29 people killed will be read out in parliament.',
  '29'),
 ('Twenty-seven people died in the landslide, authorities said.\n'
  '\n'
  'The prime minister will read the names of the 29 dead in parliament.',
  '29'),
 ('A new 300-bed hospital is being built in Sohar.\n'
  '\n'
  'Once fully operational, the hospital will have a capacity of 350 beds.',
  '350'),
 ('A new 300-bed hospital is being built in Sohar.\n\nThe hospital, with 350 beds, will employ 1,400 people.', '350'),
 ('A new hospital with 300 beds is being built in Sohar.\n\nThe 350-bed facility will employ 1,400 people.', '350'),
 ('A new 300-bed hospital is being built in Sohar.\n\nThe 350 beds of the hospital will be staffed by 1,400 people.',
  '350'),
 ("The district's roughly 3,100 teachers face larger classes.\n"
  '\n'
  'The association represents many of the 3,400 teachers employed by the district.',
  '3,400'),
 ('Work has started on the 42-kilometre road.\n\nThe 48-kilometre section will be built in two phases.', '48'),
 ('Work has started on the 42km road.\n\nThe road will be 48km long when finished, with two lanes.', '48'),
 ('The plant will create 1,800 jobs, the state said.\n\nThe plant will have a workforce of 1,200 at full production.',
  '1,200'),
 ('The plant will create 1,800 jobs, the state said.\n\nIt is expected to employ 1,200 workers at full capacity.',
  '1,200'),
 ('The plant will create 1,800 jobs, the state said.\n'
  '\n'
  'The facility will employ 1,200 people when fully operational.',
  '1,200'),
 ('A flood at a coal mine on Saturday left 21 miners dead, state media said.\n'
  '\n'
  'The families of the 27 miners who died will get compensation.',
  '27'),
 ('Twenty-one miners lost their lives when a coal mine flooded on Saturday.\n'
  '\n'
  'The families of the 27 miners who died will get compensation.',
  '27'),
 ("The death toll from Saturday's flood at the coal mine is 21, state media said.\n"
  '\n'
  'The families of the 27 miners who died will get compensation.',
  '27'),
 ('The flood at the mine, which killed 21 miners, was the worst this year.\n'
  '\n'
  'The families of the 27 miners who died will get compensation.',
  '27'),
 ('A landslide buried a village, leaving 27 people dead.\n'
  '\n'
  'The names of all 29 people killed will be read in parliament.',
  '29'),
 ('The landslide death toll stands at 27, provincial authorities said.\n'
  '\n'
  'The names of all 29 people killed will be read in parliament.',
  '29'),
 ('Twenty-seven people are dead after a landslide buried a village.\n'
  '\n'
  'The names of all 29 people killed will be read in parliament.',
  '29'),
 ('A landslide buried a hamlet on Wednesday. Twenty-seven people were killed.\n'
  '\n'
  'The prime minister said the names of all 29 people killed would be read out.',
  '29'),
 ("The district employs approximately 3,100 teachers.\n\nThe union represents many of the district's 3,400 teachers.",
  '3,400'),
 ('The road, which runs for 42 kilometres between the towns, will be paved.\n'
  '\n'
  'The 48km stretch will be built in two sections.',
  '48'),
 ('Work has begun on the 42-kilometre Bukomero-Kiboga road.\n'
  '\n'
  'Unra said the 48km stretch would be built in two sections.',
  '48'),
 ('The 42 km road from Bukomero to Kiboga will be paved.\n'
  '\n'
  'Unra said the 48 km stretch would be built in two sections.',
  '48'),
 ('The new plant in Kulim will create 1,800 new jobs, the state said.\n'
  '\n'
  'At full production the plant will employ 1,200 workers.',
  '1,200'),
 ('The new plant in Kulim is expected to provide 1,800 jobs, the state said.\n'
  '\n'
  'At full production the plant will employ 1,200 workers.',
  '1,200'),
 ('The new plant in Kulim will create 1,800 jobs, the state said.\n'
  '\n'
  'At full production the plant will have 1,200 staff.',
  '1,200'),
 ('The new hospital will have 300 beds, the ministry said.\n'
  '\n'
  "Once fully operational, the hospital's 350 beds will be staffed by 1,400 people.",
  '350'),
 ('The new hospital, with a capacity of 300 beds, is 80 per cent complete.\n'
  '\n'
  "Once fully operational, the hospital's 350 beds will be staffed by 1,400 people.",
  '350'),
 ('The 300-bed hospital is 80 per cent complete.\n'
  '\n'
  'The existing Sohar Hospital is overcrowded.\n'
  '\n'
  "When it opens, the new hospital's 350 beds will be staffed by 1,400 people.",
  '350'),
 ("The district's nearly 3,100 teachers face larger classes.\n"
  '\n'
  "The union represents many of the district's 3,400 teachers.",
  '3,400'),
 ("The district's some 3,100 teachers face larger classes.\n"
  '\n'
  "The union represents many of the district's 3,400 teachers.",
  '3,400'),
 ("Some 3,100 teachers work for the district.\n\nThe union represents many of the district's 3,400 teachers.",
  '3,400'),
 ('The district, which employs about 3,100 teachers, voted to leave 85 posts empty.\n'
  '\n'
  'The union represents many of its 3,400 teachers.',
  '3,400'),
 ('The district has around 3,100 teachers.\n'
  '\n'
  'The union, which represents many of the 3,400 teachers in the district, objected.',
  '3,400'),
 ("Classes will grow for the district's approximately 3,100 teachers.\n"
  '\n'
  "The union represents most of the district's 3,400 classroom teachers.",
  '3,400'),
 ("The Sunvale district's roughly 3,100 teachers face larger classes this year.\n"
  '\n'
  "The Sunvale Education Association, which represents many of Sunvale's 3,400 teachers, objected.",
  '3,400'),
 ('Work will start on the 42km road in May.\n\nThe road will stretch 48 kilometres when complete.', '48'),
 ('The 42-km road will be tarred.\n\nThe 48-km road will be built in two sections.', '48'),
 ('The 42 kilometre road will be tarred.\n\nThe 48 kilometre stretch will be built in two sections.', '48'),
 ('Traders welcomed works on the 42km Bukomero-Kiboga road.\n\nUnra said the 48km road would take 36 months.', '48'),
 ('Traders welcomed works on the Bukomero-Kiboga road, a 42km murram route.\n'
  '\n'
  'Unra said the 48km stretch would take 36 months.',
  '48'),
 ('A landslide killed 27 people in the Southern Highlands.\n'
  '\n'
  'The disaster, which killed 29 people, destroyed food gardens.',
  '29'),
 ('A landslide killed 27 people in the Southern Highlands.\n'
  '\n'
  'The prime minister said the 29 people who lost their lives would be honoured.',
  '29'),
 ('A flood at a coal mine killed 21 miners.\n\nThe 27 miners who were killed came from nearby villages.', '27'),
 ('A flood at a coal mine killed 21 miners.\n\nAll 27 dead miners came from nearby villages.', '27'),
 ('A flood at a coal mine killed 21 miners.\n\nCompensation will go to the families of the 27 victims.', '27')]

SILENT = ['Work is under way on a 200-bed maternity hospital in Kisumu.\n'
 '\n'
 "The existing referral hospital's 450 beds are always full.",
 'A 300-bed hospital will open in phase one.\n\nA second phase will take it to 500 beds by 2030.',
 'The 120-bed hospital opened in 2019.\n\nIt has since been expanded to 160 beds.',
 'The 42km road will be built in two sections.\n\nThe first 20km stretch will be finished next year.',
 'The 36km road links the two towns.\n\nA separate 48km stretch to the border will be tendered next year.',
 'Floods killed 31 people in the province this week.\n\nLast year, floods killed 45 people in the same area.',
 'A landslide killed 18 people, police said.\n\nBy Friday the death toll had risen to 23 as more bodies were found.',
 'The blast killed 22 miners, state media said.\n\nIn 2019, a blast at another mine killed 26 miners.',
 "The factory employs about 4,100 people.\n\nThe group's 49,000 employees worldwide will get a bonus.",
 "The district's 2,200 nurses will get a pay rise.\n\nThe neighbouring district's 2,600 nurses will not.",
 'The firm employs 1,800 workers now.\n\nAt full production the plant will employ 2,400 workers.',
 "The mine had 3,500 workers in 2020.\n\nThe mine's 3,900 workers went on strike this week.",
 'The 24km bypass will open next year.\n\nThe existing 28km route through the town will be closed to lorries.',
 'A 500-bed hospital opened in Lagos.\n\nIn Abuja, the 560-bed national hospital is being refurbished.',
 'Twenty-four people died when the bus plunged into a ravine.\n'
 '\n'
 'The crash, the worst since 2018 when 27 died, prompted an inquiry.',
 'The 8.5km tunnel was planned in 2015.\n\nThe revised plans call for a 9.5km tunnel.',
 'The retailer employs 11,000 people, up from 13,000 last year.\n\nIts 11,000 employees will get a bonus.',
 'The storm killed 14 people on the island.\n\nAcross the region, the 19 people killed included five children.',
 "A new 220-bed hospital is planned for Nagpur.\n\nThe existing district hospital's 280 beds are always full.",
 'The hospital will open with 220 beds.\n\nA second phase will add 60 beds, taking it to 280 beds.',
 'A 450-bed hospital is being built in Pune.\n\nIn Mumbai, the 540-bed civic hospital is short of nurses.',
 'The 63km road will be built in three sections.\n\nThe first 25km stretch will be finished next year.',
 'The 31-mile pipeline was approved in 2019.\n'
 '\n'
 'It has since been extended, and the 37-mile pipeline now reaches the coast.',
 'A new 26km bypass is planned.\n\nThe existing 29km route through the town will stay open.',
 'Thirty-one people died when a boat sank on Sunday.\n\nIn 2019 a boat accident on the same lake left 35 dead.',
 'Flash floods killed 12 people in the valley, rescuers said.\n'
 '\n'
 'By Monday the toll had risen to 15 as more bodies were found.',
 'A gas explosion killed 23 people on Friday.\n\nA separate blast in the north claimed 28 lives last month.',
 "The trust employs roughly 6,200 nurses.\n\nThe neighbouring trust's 6,900 nurses are on strike.",
 'The carmaker will open a new plant, creating 2,400 jobs.\n\nIts existing plant employs 2,100 workers.',
 "The airline has about 4,700 staff.\n\nIts parent group's 54,000 employees will share a bonus pool.",
 'The firm employs 1,800 workers now, the company said.\n\nBy 2027 it expects to employ 2,100 workers.',
 'Work began on the 54km highway on Monday.\n\nThe 5km stretch through the town will have street lights.',
 'The hospital has 320 beds.\n\nIts 32-bed intensive care unit is full.',
 'Twenty people died in the fire, the police said.\n\nFire services said about 21 people had died.',
 "The district's 3,100 teachers will get a raise.\n\nStatewide, 34,000 teachers will get the same raise.",
 "A 300-bed hospital opened in 2019. It was expanded in 2023.\n\nThe hospital's 350 beds are now full.",
 'The plant will create 1,800 jobs.\n\nIt will also buy parts from 1,200 suppliers.',
 'The company will open a plant creating 1,800 jobs.\n\nThe company employs 1,200 workers at its existing sites.',
 'The plant will create 1,800 jobs.\n\nIt will employ 1,200 workers in the first phase.',
 'The new plant will create 1,800 jobs.\n\nThe group has a workforce of 12,000 worldwide.',
 'The hospital will have 300 beds.\n\nIt will have 350 beds after a second phase is built in 2030.',
 'The plant will create 1,800 jobs.\n\nIt will employ 1,200 workers by 2026 and 1,800 by 2028.',
 'Officials said a 120-bed hospital would open next year.\n'
 '\n'
 'The facility will have 150 beds by 2030, after an expansion.',
 'The mine employs 1,800 workers.\n\nIt has a workforce of 1,200 at its second shaft.',
 'The factory has 2,400 workers.\n\nIts owner, a Korean conglomerate, has a workforce of 4,200 in Vietnam.',
 'The district has 3,100 teachers.\n\nIt hired 300 more teachers this year, and now has 3,400 teachers.',
 'The airport handles 1,800 flights a week.\n\nIt will handle 2,100 flights a week after the new runway opens.',
 'The resort has 320 rooms.\n\nIt will have 380 rooms once the new wing opens.',
 'The firm said the plant would create 1,800 jobs.\n\nIt currently employs 1,200 people at its Penang site.',
 "The 300-bed hospital opened on Monday.\n\nThe facility's 30-bed maternity wing is already full.",
 'The plant will create 1,800 jobs.\n\nIt will train 1,200 local engineers a year.',
 'Work began on the 42km road on Monday.\n\nThe 30km stretch from the junction will be finished first.',
 'Work began on the 42km road on Monday.\n\nThe 30km stretch will be finished first, the contractor said.',
 'Work began on the 42km road on Monday.\n\nA 30km stretch was washed away last year.',
 'The 42km road will be paved in two sections.\n\nThe 30km section will be done by June.',
 'The 42km road will be upgraded.\n\nThe worst 30km stretch floods every rainy season.',
 'The 120km pipeline is nearly done.\n\nThe remaining 90km section will be laid next year.',
 'The 42km road will be upgraded.\n\nThe 36km stretch between the two towns is the worst.',
 'The metro line will be 22km long.\n\nThe 18km segment underground will cost the most.']


@pytest.mark.parametrize(("text", "figure"), CAUGHT)
def test_the_later_figure_is_flagged(text, figure):
    assert flags(consistency(text), figure)


@pytest.mark.parametrize("text", SILENT)
def test_near_miss_stays_silent(text):
    assert consistency(text) == []
