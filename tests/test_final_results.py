"""A tournament final's result told against the record (event_results.py, FC604): in our own words, with the near
misses each guard is for."""
import pytest

import factcheck


def _results(text: str, date: str, country: str) -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == "FC604"]


FLAGGED = [
    # the sides of a final the sentence picks by its venue, told the wrong way round
    ("Lusail Stadium, where France beat Argentina on penalties in the World Cup final, is now a fan park.",
     "2023-12-18", "QA", "France", "Argentina"),
    # the edition named by name, won by "who": the country just before it
    ("Nigeria, who won the 2023 Africa Cup of Nations in Abidjan, start their qualifying campaign on Friday.",
     "2024-09-02", "NG", "won the 2023 Africa Cup of Nations", "Côte d'Ivoire"),
    # the beaten side of a final picked by its year and venue (the record's runner-up is Australia)
    ("Sri Lanka marks 25 years since its World Cup win. Ranatunga's side won the title on 17 March 1996, beating "
     "India in the final in Lahore by seven wickets.", "2021-03-17", "LK", "India", "Australia"),
    # a side that lost to the winner, by year alone: one of the sentence's sides played that final
    ("Qatar took their first Asian Cup in 2019, beating South Korea 3-1 in the final.", "2024-01-12", "QA",
     "South Korea", "Japan"),
    # lost to: the side named after "to" won it
    ("Nigeria lost the final of the 2013 Africa Cup of Nations to Burkina Faso in Johannesburg.", "2023-02-10", "NG",
     "Nigeria", "Burkina Faso"),
    # the competition named in the sentence, though the story is of another whose final the venue also staged
    ("Lusail will stage the Asian Cup final in February. A year ago Lusail Stadium staged the World Cup final, in "
     "which France beat Argentina on penalties.", "2023-12-18", "QA", "France", "Argentina"),
    # "A's win over B in the final"
    ("France's penalty shoot-out win over Argentina in the World Cup final at Lusail is still debated.",
     "2023-12-18", "FR", "France", "Argentina"),
    # by year and competition in the sentence, one side right: the other is checked
    ("Germany won the 2014 World Cup final in Rio de Janeiro, where Argentina beat them in extra time.",
     "2024-07-13", "DE", "Argentina", "Germany"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong", "meant"), FLAGGED)
def test_a_final_given_to_the_wrong_side(text, date, country, wrong, meant):
    found = _results(text, date, country)
    assert [f.text for f in found] == [wrong]
    assert found[0].suggestion == meant
    assert found[0].evidence["source"]


def test_the_corrected_sentence_is_silent():
    text = "Lusail Stadium, where Argentina beat France on penalties in the World Cup final, is now a fan park."
    assert not _results(text, "2023-12-18", "QA")


def test_a_pronoun_stands_for_the_one_country_before_it():
    text = "Spain reached the final again, twelve years after they won the 2010 World Cup in Johannesburg."
    assert not _results(text, "2022-07-11", "ES")
    wrong = "Italy reached the final again, four years after they won the 2010 World Cup in Johannesburg."
    found = _results(wrong, "2014-07-11", "IT")
    assert [f.text for f in found] == ["won the 2010 World Cup"]
    assert found[0].suggestion == "Spain"
    assert any(wrong[s.start:s.end] == "Italy" for s in found[0].related)


SILENT = [
    # the record's own result, each way of telling it
    ("Sri Lanka marks 25 years since its World Cup win. Ranatunga's side won the title on 17 March 1996, beating "
     "Australia in the final in Lahore by seven wickets.", "2021-03-17", "LK"),
    # the same sentence in a story that names no competition: which final is not told
    ("Ranatunga's side won the title on 17 March 1996, beating India in the final in Lahore by seven wickets.",
     "2021-03-17", "LK"),
    ("Qatar took their first Asian Cup in 2019, beating Japan 3-1 in the final.", "2024-01-12", "QA"),
    ("Burkina Faso lost the final of the 2013 Africa Cup of Nations to Nigeria in Johannesburg.", "2023-02-10", "NG"),
    # the record's own winner
    ("Côte d'Ivoire, who won the 2023 Africa Cup of Nations in Abidjan, start their qualifying campaign on Friday.",
     "2024-09-02", "CI"),
    # another round beside the final: which match the beating was is not told
    ("France beat Argentina in the group stage of the 2022 World Cup before losing the final.", "2023-01-01", "FR"),
    ("Argentina beat Croatia in the semi-final of the 2022 World Cup at Lusail.", "2023-01-01", "AR"),
    # no final in the sentence: a match won during the tournament
    ("Saudi Arabia beat Argentina 2-1 at the 2022 World Cup in Lusail.", "2023-01-01", "SA"),
    # a place, not a side: "in France"
    ("Argentina won the World Cup final in Lusail, four years after the final in France was won by a side "
     "from Europe.", "2023-01-01", "AR"),
    # two editions in one sentence: the claim's edition is not told
    ("Argentina, who beat France in the 2022 World Cup final, lost the 2014 World Cup final to Germany in Rio "
     "de Janeiro.", "2023-01-01", "AR"),
    # a year and a competition that pick no edition with either side in its final: another competition's final
    ("In 2018 India beat Kenya in the final of the Intercontinental Cup, months before the World Cup began.",
     "2018-06-11", "IN"),
    # a women's final against the record of the men's edition played at that venue that year
    ("New Zealand won the Women's T20 World Cup in 2024, beating South Africa by 32 runs in the final in Dubai.",
     "2024-10-21", "NZ"),
    # the country's people, not the side
    ("French fans beat the drums as Argentina won the World Cup final at Lusail.", "2022-12-19", "AR"),
]


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_silent_where_the_final_or_the_side_is_not_told(text, date, country):
    assert not _results(text, date, country)


def _rule(rule: str, text: str, date: str, country: str) -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == rule]


def test_hosts_listed_against_the_record():
    text = "The tournament, co-hosted by South Korea and China and the first World Cup held in Asia, began in 2002."
    found = _rule("FC605", text, "2022-05-31", "KR")
    assert [f.text for f in found] == ["China"]
    assert "Japan" in found[0].suggestion and "South Korea" in found[0].suggestion
    assert not _rule("FC605", text.replace("China", "Japan"), "2022-05-31", "KR")


@pytest.mark.parametrize(("text", "date", "country"), [
    # a future edition: the table records none
    ("The 2031 Rugby World Cup will be hosted by the United States.", "2023-09-01", "US"),
    # no competition in the sentence or a side of a final to pick the edition by
    ("The 2011 summit, hosted by Australia, drew 40 leaders.", "2023-09-01", "AU"),
    # the record's own host, its city after it (a capital is no side: "Delhi" is not listed as a host)
    ("The 2010 Commonwealth Games were hosted by India in Delhi.", "2020-10-03", "IN"),
    # a wrong host named only as a place ("in Australia"), not after "hosted by": not read
    ("The 2011 Rugby World Cup final, hosted by New Zealand, was played at Eden Park, not in Australia.",
     "2023-09-01", "NZ"),
])
def test_hosts_near_misses(text, date, country):
    assert not _rule("FC605", text, date, country)


def test_the_venue_of_a_final_against_the_record():
    text = "India beat Sri Lanka by six wickets in the World Cup final on April 2, 2011, at Kolkata's Eden Gardens."
    found = _rule("FC606", text, "2021-04-02", "IN")
    assert [f.text for f in found] == ["Eden Gardens"]
    assert found[0].suggestion == "Wankhede Stadium"
    assert not _rule("FC606", text.replace("Kolkata's Eden Gardens", "Mumbai's Wankhede Stadium"), "2021-04-02", "IN")


def test_a_venue_whose_own_final_fits_the_sides_is_the_year_s_slip_not_the_venue_s():
    # Pakistan won the 1992 final at the MCG: the year slipped (FC602 says so), the venue is right
    text = "Pakistan won the World Cup final at the Melbourne Cricket Ground on 25 March 1996, beating England."
    assert not _rule("FC606", text, "2022-03-25", "PK")


def test_a_year_before_the_competition_is_no_qualifier():
    text = "It is also the ground where India beat Pakistan in the 2011 World Cup final."
    assert [f.text for f in _rule("FC604", text, "2021-11-23", "IN")] == ["Pakistan"]
    assert not _rule("FC604", text.replace("Pakistan", "Sri Lanka"), "2021-11-23", "IN")


def test_co_hosted_with_names_the_other_host():
    text = "The country marked 20 years since its team reached the semi-finals of the 2002 World Cup, which it co-hosted with China."
    assert [f.text for f in _rule("FC605", text, "2022-06-15", "KR")] == ["China"]
    assert not _rule("FC605", text.replace("China", "Japan"), "2022-06-15", "KR")
