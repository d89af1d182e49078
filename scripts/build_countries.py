#!/usr/bin/env python3
"""Build rules/tables/countries.csv from a curated table merged with pycountry.

pycountry (a build-time tool only: `.venv/bin/pip install pycountry`) supplies
and validates the ISO 3166-1 alpha-3 codes; everything else (common English
name, aliases, demonyms, capital, ISO 4217 currency, population, GDP) is the
curated DATA block below.

Population and GDP are World Bank WDI figures (SP.POP.TOTL, NY.GDP.MKTP.CD),
data year 2023 unless overridden in OVERRIDES, rounded to 3 significant figures
(written here in millions of persons and billions of current US dollars).
An empty number means "not known / not published": leave it empty rather than
guess.

Run:  .venv/bin/python scripts/build_countries.py
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "tables" / "countries.csv"

HEADER = ["iso2", "iso3", "name", "aliases", "demonyms", "capital", "currency",
          "population", "population_year", "gdp_usd", "gdp_year", "source", "as_of"]

WB_SOURCE = "World Bank WDI SP.POP.TOTL; NY.GDP.MKTP.CD"
WB_AS_OF = "2024-07-01"  # WDI annual update carrying 2023 data
DEFAULT_YEAR = 2023

# Codes that pycountry does not know (user-assigned / provisional).
EXTRA_ISO3 = {"XK": "XKX"}

# iso2 ; name ; aliases ; demonyms ; capital ; currency ; population (millions) ; GDP (US$ billions)
DATA = """
AF;Afghanistan;Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan;Afghan;Kabul;AFN;42.2;17.2
AL;Albania;Republic of Albania;Albanian;Tirana;ALL;2.75;23.0
DZ;Algeria;People's Democratic Republic of Algeria;Algerian;Algiers;DZD;45.6;240
AD;Andorra;Principality of Andorra;Andorran;Andorra la Vella;EUR;0.0801;3.79
AO;Angola;Republic of Angola;Angolan;Luanda;AOA;36.7;84.8
AG;Antigua and Barbuda;Antigua;Antiguan|Barbudan;St. John's;XCD;0.0943;2.03
AR;Argentina;Argentine Republic;Argentine|Argentinian;Buenos Aires;ARS;46.7;641
AM;Armenia;Republic of Armenia;Armenian;Yerevan;AMD;2.78;24.2
AU;Australia;Commonwealth of Australia;Australian;Canberra;AUD;26.6;1724
AT;Austria;Republic of Austria;Austrian;Vienna;EUR;9.13;516
AZ;Azerbaijan;Republic of Azerbaijan;Azerbaijani|Azeri;Baku;AZN;10.1;72.4
BS;Bahamas;The Bahamas;Bahamian;Nassau;BSD;0.413;14.3
BH;Bahrain;Kingdom of Bahrain;Bahraini;Manama;BHD;1.57;44.7
BD;Bangladesh;People's Republic of Bangladesh;Bangladeshi;Dhaka;BDT;171.5;437
BB;Barbados;;Barbadian|Bajan;Bridgetown;BBD;0.282;6.4
BY;Belarus;Republic of Belarus|Byelorussia;Belarusian;Minsk;BYN;9.18;71.9
BE;Belgium;Kingdom of Belgium;Belgian;Brussels;EUR;11.8;632
BZ;Belize;;Belizean;Belmopan;BZD;0.410;3.3
BJ;Benin;Republic of Benin|Dahomey;Beninese;Porto-Novo;XOF;13.7;19.7
BT;Bhutan;Kingdom of Bhutan;Bhutanese;Thimphu;BTN;0.787;
BO;Bolivia;Plurinational State of Bolivia;Bolivian;Sucre|La Paz;BOB;12.4;45.9
BA;Bosnia and Herzegovina;Bosnia|Bosnia-Herzegovina|BiH;Bosnian|Herzegovinian;Sarajevo;BAM;3.21;27.1
BW;Botswana;Republic of Botswana;Botswanan|Motswana|Batswana;Gaborone;BWP;2.68;19.4
BR;Brazil;Federative Republic of Brazil|Brasil;Brazilian;Brasília;BRL;216.4;2174
BN;Brunei;Brunei Darussalam;Bruneian;Bandar Seri Begawan;BND;0.452;15.1
BG;Bulgaria;Republic of Bulgaria;Bulgarian;Sofia;EUR;6.45;102
BF;Burkina Faso;Burkina|Upper Volta;Burkinabè|Burkinabe;Ouagadougou;XOF;23.3;20.3
BI;Burundi;Republic of Burundi;Burundian;Gitega;BIF;13.2;2.6
CV;Cabo Verde;Cape Verde;Cabo Verdean|Cape Verdean;Praia;CVE;0.598;2.6
KH;Cambodia;Kingdom of Cambodia|Kampuchea;Cambodian;Phnom Penh;KHR;17.4;31.8
CM;Cameroon;Republic of Cameroon;Cameroonian;Yaoundé;XAF;28.6;49.3
CA;Canada;;Canadian;Ottawa;CAD;40.1;2140
CF;Central African Republic;CAR;Central African;Bangui;XAF;5.74;2.6
TD;Chad;Republic of Chad;Chadian;N'Djamena;XAF;18.3;13.1
CL;Chile;Republic of Chile;Chilean;Santiago;CLP;19.6;336
CN;China;People's Republic of China|PRC|mainland China;Chinese;Beijing;CNY;1410.7;17795
CO;Colombia;Republic of Colombia;Colombian;Bogotá;COP;52.1;364
KM;Comoros;Union of the Comoros;Comorian;Moroni;KMF;0.852;1.35
CG;Republic of the Congo;Congo-Brazzaville|Congo Republic;Congolese;Brazzaville;XAF;6.18;15.3
CD;Democratic Republic of the Congo;DR Congo|DRC|D.R. Congo|Congo-Kinshasa|Zaire;Congolese;Kinshasa;CDF;102.3;66.4
CR;Costa Rica;Republic of Costa Rica;Costa Rican;San José;CRC;5.21;86.5
CI;Côte d'Ivoire;Ivory Coast|Cote d'Ivoire;Ivorian;Yamoussoukro;XOF;28.9;78.8
HR;Croatia;Republic of Croatia|Hrvatska;Croatian;Zagreb;EUR;3.86;82.7
CU;Cuba;Republic of Cuba;Cuban;Havana;CUP;11.0;
CY;Cyprus;Republic of Cyprus;Cypriot;Nicosia;EUR;1.34;32.2
CZ;Czechia;Czech Republic;Czech;Prague;CZK;10.9;331
DK;Denmark;Kingdom of Denmark;Danish;Copenhagen;DKK;5.95;404
DJ;Djibouti;Republic of Djibouti;Djiboutian;Djibouti;DJF;1.14;3.9
DM;Dominica;Commonwealth of Dominica;Dominican;Roseau;XCD;0.0667;0.65
DO;Dominican Republic;;Dominican;Santo Domingo;DOP;11.3;121
EC;Ecuador;Republic of Ecuador;Ecuadorian;Quito;USD;18.2;119
EG;Egypt;Arab Republic of Egypt;Egyptian;Cairo;EGP;112.7;396
SV;El Salvador;Republic of El Salvador;Salvadoran;San Salvador;USD;6.36;34.0
GQ;Equatorial Guinea;Republic of Equatorial Guinea;Equatorial Guinean|Equatoguinean;Malabo;XAF;1.71;12.1
ER;Eritrea;State of Eritrea;Eritrean;Asmara;ERN;3.75;
EE;Estonia;Republic of Estonia;Estonian;Tallinn;EUR;1.37;41
SZ;Eswatini;Swaziland|Kingdom of Eswatini;Swazi|Eswatini;Mbabane|Lobamba;SZL;1.21;4.6
ET;Ethiopia;Federal Democratic Republic of Ethiopia;Ethiopian;Addis Ababa;ETB;126.5;164
FJ;Fiji;Republic of Fiji;Fijian;Suva;FJD;0.936;5.4
FI;Finland;Republic of Finland|Suomi;Finnish;Helsinki;EUR;5.58;300
FR;France;French Republic;French;Paris;EUR;68.2;3030
GA;Gabon;Gabonese Republic;Gabonese;Libreville;XAF;2.44;20
GM;Gambia;The Gambia|Republic of The Gambia;Gambian;Banjul;GMD;2.77;2.3
GE;Georgia;Sakartvelo;Georgian;Tbilisi;GEL;3.76;30.5
DE;Germany;Federal Republic of Germany|Deutschland;German;Berlin;EUR;84.5;4456
GH;Ghana;Republic of Ghana;Ghanaian;Accra;GHS;34.1;76.4
GR;Greece;Hellenic Republic|Hellas;Greek;Athens;EUR;10.4;244
GD;Grenada;;Grenadian;St. George's;XCD;0.126;1.3
GT;Guatemala;Republic of Guatemala;Guatemalan;Guatemala City;GTQ;18.1;104
GN;Guinea;Republic of Guinea|Guinea-Conakry;Guinean;Conakry;GNF;14.2;23
GW;Guinea-Bissau;Republic of Guinea-Bissau;Bissau-Guinean;Bissau;XOF;2.15;2.0
GY;Guyana;Co-operative Republic of Guyana;Guyanese;Georgetown;GYD;0.814;16.8
HT;Haiti;Republic of Haiti;Haitian;Port-au-Prince;HTG;11.7;19.8
HN;Honduras;Republic of Honduras;Honduran;Tegucigalpa;HNL;10.6;34.4
HU;Hungary;Magyarország;Hungarian;Budapest;HUF;9.59;212
IS;Iceland;;Icelandic;Reykjavík;ISK;0.393;31.0
IN;India;Republic of India|Bharat;Indian;New Delhi;INR;1428.6;3550
ID;Indonesia;Republic of Indonesia;Indonesian;Jakarta;IDR;277.5;1371
IR;Iran;Islamic Republic of Iran|Persia;Iranian;Tehran;IRR;89.2;401
IQ;Iraq;Republic of Iraq;Iraqi;Baghdad;IQD;45.5;251
IE;Ireland;Republic of Ireland|Eire|Éire;Irish;Dublin;EUR;5.26;546
IL;Israel;State of Israel;Israeli;Jerusalem;ILS;9.76;514
IT;Italy;Italian Republic|Italia;Italian;Rome;EUR;59.0;2255
JM;Jamaica;;Jamaican;Kingston;JMD;2.83;19.4
JP;Japan;Nippon|Nihon;Japanese;Tokyo;JPY;124.5;4213
JO;Jordan;Hashemite Kingdom of Jordan;Jordanian;Amman;JOD;11.3;50.8
KZ;Kazakhstan;Republic of Kazakhstan;Kazakh|Kazakhstani;Astana;KZT;20.0;261
KE;Kenya;Republic of Kenya;Kenyan;Nairobi;KES;55.1;107
KI;Kiribati;Republic of Kiribati;I-Kiribati;South Tarawa;AUD;0.133;0.28
KP;North Korea;Democratic People's Republic of Korea|DPRK;North Korean;Pyongyang;KPW;26.2;
KR;South Korea;Republic of Korea|ROK|Korea;South Korean|Korean;Seoul;KRW;51.7;1713
KW;Kuwait;State of Kuwait;Kuwaiti;Kuwait City;KWD;4.31;162
KG;Kyrgyzstan;Kyrgyz Republic|Kirghizia;Kyrgyz|Kyrgyzstani;Bishkek;KGS;7.10;14.0
LA;Laos;Lao PDR|Lao People's Democratic Republic;Lao|Laotian;Vientiane;LAK;7.66;15.8
LV;Latvia;Republic of Latvia;Latvian;Riga;EUR;1.88;43.6
LB;Lebanon;Lebanese Republic;Lebanese;Beirut;LBP;5.35;
LS;Lesotho;Kingdom of Lesotho;Basotho|Mosotho;Maseru;LSL;2.33;2.1
LR;Liberia;Republic of Liberia;Liberian;Monrovia;LRD;5.42;4.3
LY;Libya;State of Libya;Libyan;Tripoli;LYD;6.89;50.5
LI;Liechtenstein;Principality of Liechtenstein;Liechtensteiner;Vaduz;CHF;0.0396;
LT;Lithuania;Republic of Lithuania;Lithuanian;Vilnius;EUR;2.87;79
LU;Luxembourg;Grand Duchy of Luxembourg;Luxembourgish|Luxembourger;Luxembourg;EUR;0.668;85.8
MG;Madagascar;Republic of Madagascar;Malagasy;Antananarivo;MGA;30.3;16.0
MW;Malawi;Republic of Malawi;Malawian;Lilongwe;MWK;20.9;12.7
MY;Malaysia;;Malaysian;Kuala Lumpur;MYR;34.3;400
MV;Maldives;Republic of Maldives|the Maldives;Maldivian;Malé;MVR;0.526;6.6
ML;Mali;Republic of Mali;Malian;Bamako;XOF;23.3;20.9
MT;Malta;Republic of Malta;Maltese;Valletta;EUR;0.564;21.0
MH;Marshall Islands;Republic of the Marshall Islands;Marshallese;Majuro;USD;0.0416;0.28
MR;Mauritania;Islamic Republic of Mauritania;Mauritanian;Nouakchott;MRU;4.86;10.4
MU;Mauritius;Republic of Mauritius;Mauritian;Port Louis;MUR;1.26;14.4
MX;Mexico;United Mexican States|México;Mexican;Mexico City;MXN;128.5;1789
FM;Micronesia;Federated States of Micronesia|FSM;Micronesian;Palikir;USD;0.115;0.46
MD;Moldova;Republic of Moldova;Moldovan;Chișinău;MDL;2.49;16.5
MC;Monaco;Principality of Monaco;Monégasque|Monacan;Monaco;EUR;0.0386;
MN;Mongolia;;Mongolian;Ulaanbaatar;MNT;3.45;20
ME;Montenegro;Crna Gora;Montenegrin;Podgorica;EUR;0.617;7.5
MA;Morocco;Kingdom of Morocco;Moroccan;Rabat;MAD;37.8;141
MZ;Mozambique;Republic of Mozambique;Mozambican;Maputo;MZN;33.9;20.6
MM;Myanmar;Burma|Republic of the Union of Myanmar;Myanmar|Burmese;Naypyidaw;MMK;54.6;64.3
NA;Namibia;Republic of Namibia;Namibian;Windhoek;NAD;2.60;12.4
NR;Nauru;Republic of Nauru;Nauruan;Yaren;AUD;0.0128;0.15
NP;Nepal;Federal Democratic Republic of Nepal;Nepali|Nepalese;Kathmandu;NPR;30.9;40.9
NL;Netherlands;the Netherlands|Holland|Kingdom of the Netherlands;Dutch;Amsterdam;EUR;17.9;1118
NZ;New Zealand;Aotearoa;New Zealand|Kiwi;Wellington;NZD;5.22;253
NI;Nicaragua;Republic of Nicaragua;Nicaraguan;Managua;NIO;6.82;17.8
NE;Niger;Republic of the Niger;Nigerien;Niamey;XOF;27.2;16.8
NG;Nigeria;Federal Republic of Nigeria;Nigerian;Abuja;NGN;223.8;363
MK;North Macedonia;Macedonia|Republic of North Macedonia;Macedonian|North Macedonian;Skopje;MKD;1.83;15.8
NO;Norway;Kingdom of Norway|Norge;Norwegian;Oslo;NOK;5.52;486
OM;Oman;Sultanate of Oman;Omani;Muscat;OMR;4.64;
PK;Pakistan;Islamic Republic of Pakistan;Pakistani;Islamabad;PKR;240.5;338
PW;Palau;Republic of Palau|Belau;Palauan;Ngerulmud;USD;0.0180;0.26
PA;Panama;Republic of Panama;Panamanian;Panama City;PAB|USD;4.47;83.3
PG;Papua New Guinea;PNG;Papua New Guinean;Port Moresby;PGK;10.3;30.9
PY;Paraguay;Republic of Paraguay;Paraguayan;Asunción;PYG;6.86;43.0
PE;Peru;Republic of Peru;Peruvian;Lima;PEN;34.4;268
PH;Philippines;Republic of the Philippines|the Philippines;Filipino|Philippine;Manila;PHP;117.3;437
PL;Poland;Republic of Poland|Polska;Polish;Warsaw;PLN;36.7;811
PT;Portugal;Portuguese Republic;Portuguese;Lisbon;EUR;10.5;287
QA;Qatar;State of Qatar;Qatari;Doha;QAR;2.72;213
RO;Romania;;Romanian;Bucharest;RON;19.1;351
RU;Russia;Russian Federation;Russian;Moscow;RUB;143.8;2021
RW;Rwanda;Republic of Rwanda;Rwandan;Kigali;RWF;14.1;14.1
KN;Saint Kitts and Nevis;St Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis;Kittitian|Nevisian;Basseterre;XCD;0.0468;1.1
LC;Saint Lucia;St Lucia|St. Lucia;Saint Lucian;Castries;XCD;0.180;2.5
VC;Saint Vincent and the Grenadines;St Vincent and the Grenadines|St. Vincent;Vincentian;Kingstown;XCD;0.104;1.1
WS;Samoa;Independent State of Samoa|Western Samoa;Samoan;Apia;WST;0.225;0.94
SM;San Marino;Republic of San Marino;Sammarinese;San Marino;EUR;0.0337;1.9
ST;São Tomé and Príncipe;Sao Tome and Principe;Santomean|São Toméan;São Tomé;STN;0.231;0.75
SA;Saudi Arabia;Kingdom of Saudi Arabia|KSA;Saudi|Saudi Arabian;Riyadh;SAR;36.9;1068
SN;Senegal;Republic of Senegal;Senegalese;Dakar;XOF;18.1;31.0
RS;Serbia;Republic of Serbia;Serbian;Belgrade;RSD;6.62;75.2
SC;Seychelles;Republic of Seychelles;Seychellois;Victoria;SCR;0.119;2.1
SL;Sierra Leone;Republic of Sierra Leone;Sierra Leonean;Freetown;SLE;8.79;3.8
SG;Singapore;Republic of Singapore;Singaporean;Singapore;SGD;5.92;501
SK;Slovakia;Slovak Republic;Slovak;Bratislava;EUR;5.43;133
SI;Slovenia;Republic of Slovenia;Slovenian|Slovene;Ljubljana;EUR;2.12;68.2
SB;Solomon Islands;the Solomons;Solomon Islander;Honiara;SBD;0.740;1.6
SO;Somalia;Federal Republic of Somalia;Somali;Mogadishu;SOS;18.1;11.7
ZA;South Africa;Republic of South Africa|RSA;South African;Pretoria|Cape Town|Bloemfontein;ZAR;60.4;378
SS;South Sudan;Republic of South Sudan;South Sudanese;Juba;SSP;11.1;
ES;Spain;Kingdom of Spain|España;Spanish;Madrid;EUR;48.4;1581
LK;Sri Lanka;Democratic Socialist Republic of Sri Lanka|Ceylon;Sri Lankan;Sri Jayawardenepura Kotte|Colombo;LKR;22.0;84.4
SD;Sudan;Republic of the Sudan|the Sudan;Sudanese;Khartoum;SDG;48.1;
SR;Suriname;Republic of Suriname|Surinam;Surinamese;Paramaribo;SRD;0.623;3.8
SE;Sweden;Kingdom of Sweden|Sverige;Swedish;Stockholm;SEK;10.5;584
CH;Switzerland;Swiss Confederation|Confoederatio Helvetica;Swiss;Bern;CHF;8.85;885
SY;Syria;Syrian Arab Republic;Syrian;Damascus;SYP;23.2;
TJ;Tajikistan;Republic of Tajikistan;Tajik|Tajikistani;Dushanbe;TJS;10.1;12.1
TZ;Tanzania;United Republic of Tanzania;Tanzanian;Dodoma;TZS;67.4;79.1
TH;Thailand;Kingdom of Thailand|Siam;Thai;Bangkok;THB;71.8;515
TL;Timor-Leste;East Timor;Timorese;Dili;USD;1.36;2.1
TG;Togo;Togolese Republic;Togolese;Lomé;XOF;9.05;9.2
TO;Tonga;Kingdom of Tonga;Tongan;Nukuʻalofa;TOP;0.108;0.50
TT;Trinidad and Tobago;Trinidad;Trinidadian|Tobagonian;Port of Spain;TTD;1.53;28.1
TN;Tunisia;Republic of Tunisia;Tunisian;Tunis;TND;12.5;48.5
TR;Türkiye;Turkey|Turkiye|Republic of Türkiye;Turkish;Ankara;TRY;85.3;1108
TM;Turkmenistan;;Turkmen;Ashgabat;TMT;7.36;
TV;Tuvalu;;Tuvaluan;Funafuti;AUD;0.0113;0.062
UG;Uganda;Republic of Uganda;Ugandan;Kampala;UGX;48.6;49.3
UA;Ukraine;;Ukrainian;Kyiv;UAH;37.0;179
AE;United Arab Emirates;UAE|U.A.E.|the Emirates|Emirates;Emirati;Abu Dhabi;AED;9.52;504
GB;United Kingdom;UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland;British;London;GBP;68.4;3340
US;United States;US|U.S.|USA|U.S.A.|United States of America|America;American;Washington, D.C.;USD;334.9;27361
UY;Uruguay;Oriental Republic of Uruguay;Uruguayan;Montevideo;UYU;3.42;77.2
UZ;Uzbekistan;Republic of Uzbekistan;Uzbek|Uzbekistani;Tashkent;UZS;36.4;90.9
VU;Vanuatu;Republic of Vanuatu;Vanuatuan|Ni-Vanuatu;Port Vila;VUV;0.335;1.1
VE;Venezuela;Bolivarian Republic of Venezuela;Venezuelan;Caracas;VES;28.8;
VN;Vietnam;Viet Nam|Socialist Republic of Vietnam;Vietnamese;Hanoi;VND;98.9;430
YE;Yemen;Republic of Yemen;Yemeni;Sanaa;YER;34.4;
ZM;Zambia;Republic of Zambia;Zambian;Lusaka;ZMW;20.6;27.6
ZW;Zimbabwe;Republic of Zimbabwe;Zimbabwean;Harare;ZWG|USD;16.7;35.2
PS;Palestine;State of Palestine|Palestinian territories|West Bank and Gaza;Palestinian;East Jerusalem|Ramallah;ILS|JOD;5.17;17.4
VA;Vatican City;Holy See|Vatican|Vatican City State;Vatican;Vatican City;EUR;;
TW;Taiwan;Republic of China|ROC|Chinese Taipei;Taiwanese;Taipei;TWD;23.4;757
HK;Hong Kong;Hong Kong SAR|Hong Kong, China|HKSAR;Hongkonger|Hong Kong;;HKD;7.54;382
XK;Kosovo;Republic of Kosovo;Kosovar|Kosovan;Pristina;EUR;1.76;10.4
"""

# Rows whose figures do not come from the World Bank WDI 2023 default.
OVERRIDES = {
    "VA": {"source": "ISO 3166-1 via pycountry; not covered by World Bank WDI",
           "as_of": "2024-07-01"},
    "TW": {"source": "Taiwan DGBAS national accounts; Ministry of the Interior household registration",
           "as_of": "2024-02-29"},
}

# The 193 UN members plus the five extra entities the brief asks for.
NON_UN = {"PS", "VA", "TW", "HK", "XK"}


def _num(value: str, scale: float) -> str:
    value = value.strip()
    if not value:
        return ""
    return str(int(round(float(value) * scale)))


def build_rows() -> list[dict[str, str]]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - build tool only
        sys.exit("pip install pycountry into .venv first")
    rows = []
    for line in DATA.strip().splitlines():
        parts = line.split(";")
        if len(parts) != 8:
            raise SystemExit(f"bad line ({len(parts)} fields): {line}")
        iso2, name, aliases, demonyms, capital, currency, pop, gdp = parts
        rec = pycountry.countries.get(alpha_2=iso2)
        iso3 = EXTRA_ISO3.get(iso2) or (rec.alpha_3 if rec else None)
        if not iso3:
            raise SystemExit(f"unknown code {iso2}")
        population = _num(pop, 1e6)
        gdp_usd = _num(gdp, 1e9)
        ov = OVERRIDES.get(iso2, {})
        rows.append({
            "iso2": iso2, "iso3": iso3, "name": name, "aliases": aliases,
            "demonyms": demonyms, "capital": capital, "currency": currency,
            "population": population,
            "population_year": ov.get("population_year", str(DEFAULT_YEAR) if population else ""),
            "gdp_usd": gdp_usd,
            "gdp_year": ov.get("gdp_year", str(DEFAULT_YEAR) if gdp_usd else ""),
            "source": ov.get("source", WB_SOURCE),
            "as_of": ov.get("as_of", WB_AS_OF),
        })
    codes = [r["iso2"] for r in rows]
    if len(codes) != len(set(codes)):
        raise SystemExit("duplicate iso2")
    un = [c for c in codes if c not in NON_UN]
    if len(un) != 193:
        raise SystemExit(f"expected 193 UN members, got {len(un)}")
    rows.sort(key=lambda r: r["iso2"])
    return rows


def main() -> None:
    rows = build_rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
