"""Plausibility: a figure must lie in the range its reference row or physics allows.

Six checks, one per rule (option `check`):

* `trade` — bilateral trade between two countries against `trade.csv`
  ("raising Pakistan–Iran trade to Rs10bn": about $35m, where the two already
  trade about $3bn a year);
* `population` and `gdp` — a country's own figure against `countries.csv`
  ("India, with a population of 14 crore");
* `limits` — physical records and logical bounds from `limits.csv` by unit and
  subject ("125C in Sweihan", "a 135-year-old voter", "turnout of 112%");
* `budget` — a whole national defence allocation or national budget against the
  country's GDP ("The Ministry of Defence received ... ₹6.81 crore": 0.00002% of GDP;
  "presented a $17.57 trillion budget" in Pakistan: 52 times its GDP);
* `parts` — a whole smaller than its own part, without a table: a national budget
  below one of its lines, a population below one group of its people
  (`plausibility_parts`);
* `exports` — one country's exports to (or imports from) one partner against the
  pair's whole trade in `trade.csv`, or the country's GDP ("Swiss exports to the
  US totalled Sfr 527bn", eight times all Swiss–US trade).

Money is compared in US dollars at the publication date's rate. The check
speaks only when the figure's subject *and* its countries match a row (see
`factcheck.subjects`) and the figure is off by a large factor; then it tries
the usual slips (`factcheck.slips`) and suggests the reading that fits.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any, ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..entities import country_index, ranked_countries, story_mentions
from ..model import Quantity, Span
from ..subjects import OF_GOODS_AND_SERVICES, Measure, measures, story_countries
from ..tables import ReferenceData, Row
from .base import Hit, Option, Rule, Story
from .date import human_age
from .plausibility_area import area_beyond_country, country_area_wrong
from .plausibility_slip import slip_anomalies, spoken_locally
from .plausibility_water import WATER_SUBJECT, natural_water_reading
from .plausibility_records import LAND_SUBJECT
from .plausibility_ceiling import SMALL_ECONOMY_CEILING, SMALL_ECONOMY_USD, spending_beyond_every_economy
from .plausibility_scope import (clause_left, clause_right, own_clause_after, partial, share_of_group, weather_context_silences,
                                 without_asides, without_rankings)

FIELDS = ("figure", "detail", "reference", "advice", "suggestion", "slip", "subject", "countries")


class Plausibility:
    name: ClassVar[str] = "plausibility"
    category: ClassVar[str] = "plausibility"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "trade", "which figures: trade, population, gdp, budget, exports, limits, parts, "
                                    "area, country_area, slip, records or crowd"),
        "low_factor": Option(float, 0.05, "flag a figure below this multiple of the recorded value"),
        "high_factor": Option(float, 10.0, "flag a figure above this multiple of the recorded value"),
        "actual_high_factor": Option(float, 0.0, "for a figure that is not a target or projection, flag it above "
                                                 "this multiple instead (0: use high_factor)"),
        "max_year_gap": Option(int, 3, "ignore a figure whose stated year is further than this from the table's"),
        "suggest": Option(bool, True, "try the usual slips and suggest the reading that fits"),
        "ignore_words": Option(list, [], "limits: skip a figure these words make another thing's (anywhere in its "
                                         "sentence unless a weather subject is tied to a temperature)"),
        "clause_words": Option(list, [], "limits: skip a temperature these words make another thing's, only "
                                         "where they stand in the figure's own clause (weather copy uses them)"),
        "gdp_high_factor": Option(float, 1.5, "exports: with no trade row, flag one partner's share above this "
                                              "multiple of the shipping country's GDP"),
        "margin": Option(float, 2.5, "records: flag an air temperature more than this many degrees Celsius "
                                     "beyond its country's all-time record high or low"),
        "land_margin": Option(float, 1.0, "records: flag an air temperature in a place the national table lacks "
                                          "more than this many degrees Celsius below the coldest outside Antarctica"),
        "paragraph_words": Option(list, [], "records: words that, said earlier in a temperature's paragraph, "
                                            "make it another measure's (\"heat index\": a list of readings follows)"),
        "record_margin": Option(float, 3.0, "records: the margin in a story that says a new record was set "
                                            "(it may pass the old one, by this much at most)"),
        "national_high_factor": Option(float, 2.0, "exports: flag a country's exports or imports to all the world "
                                                   "above this multiple of its GDP (0: not checked)"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        return _one_per_figure(self._check(rule, story))

    def _check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        kind = rule.options.get("check", "trade")
        if kind == "slip":
            yield from slip_anomalies(rule, story)   # reads its own figures, not one measure at a time
            return
        if kind == "crowd":
            from .plausibility_crowd import crowd_beyond_ground
            yield from crowd_beyond_ground(rule, story)
            return
        if kind == "direction":
            from .plausibility_direction import direction_slips
            yield from direction_slips(rule, story)
            return
        if kind == "records":
            from .plausibility_records import national_temperature_records
            yield from national_temperature_records(rule, story)
            return
        handler = {"trade": self._trade, "population": self._population, "gdp": self._gdp,
                   "limits": self._limits, "budget": self._budget, "exports": self._exports,
                   "parts": self._parts, "area": area_beyond_country,
                   "country_area": country_area_wrong}.get(kind)
        if handler is None:
            raise ValueError(f"{rule.id}: unknown plausibility check {kind!r}")
        for m in measures(story):
            hit = handler(rule, story, m)
            if hit is not None:
                yield hit
        if kind == "gdp":
            # a share of GDP beside its amount, a facility's earnings: the economy's size rules them out too
            from .plausibility_economy import economy_readings
            yield from economy_readings(rule, story)
        if kind == "limits" and "birthday" in story.lowered_prose():
            yield from self._birthdays(rule, story)
        if kind == "limits":
            # "more than 400 clear nights a year": more days or nights than a year has
            from .plausibility_calendar import days_beyond_year
            yield from days_beyond_year(rule, story)

    def _birthdays(self, rule: Rule, story: Story) -> Iterator[Hit]:
        """ "She celebrated her 140th birthday": the age she reached, read as "aged 140" (the subject reader
        gives ordinals no subject)."""
        for q in story.quantities:
            if q.kind == "ordinal" and q.value is not None and _BEYOND_ANY_AGE < q.value < 1000 \
                    and _own_birthday(story, q):
                number = dataclasses.replace(q, kind="number", unit=None)
                m = Measure(quantity=number, subject="age", span=Span(q.start, q.end),
                            sentence=story.doc.sentence_at(q.start))
                hit = self._limits(rule, story, m)
                if hit is not None:
                    yield hit

    # -- trade ---------------------------------------------------------------------
    def _trade(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject != "trade" or m.pair is None or q.kind != "money" or q.value is None:
            return None
        rows = [r for r in story.data.trade if tuple(sorted((r["country_a"], r["country_b"]))) == m.pair]
        # a target "by 2030" is compared with trade now, not with trade in 2030
        year = None if m.future else m.year
        chosen = _rows_for_year(rows, year, _published(story), rule.options["max_year_gap"])
        if not chosen:
            return None if rows else self._trade_beyond_economies(rule, story, m)
        values = [r.number("value_usd") for r in chosen]
        names = _pair_names(story, m.pair)
        year = chosen[0]["year"]
        reference = f"{names} trade was about {slips.usd(_mean(values), story.doc.country)} in {year} ({chosen[0].source})"
        return self._compare(rule, story, m, min(values), max(values), reference, f"{names} trade",
                             {"table": [r.citation() for r in chosen]}, low_side=not m.subyear)

    def _trade_beyond_economies(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """A pair the trade table does not hold: their trade cannot exceed twice the bigger economy.

        A country's trade with one partner is a part of its whole trade, which is at most three to four
        times its GDP even for entrepots (Singapore, Hong Kong); twice the BIGGER partner's GDP is beyond
        any pair, so a figure above it is a scale or currency slip ("€3.5 trillion" between Romania and
        Moldova). Only the high side: a small pair may trade almost nothing."""
        rows = [_country(story, code) for code in m.pair]
        gdps = [(r.number("gdp_usd"), r) for r in rows if r is not None and r.number("gdp_usd")]
        if len(gdps) < 2:
            return None
        gdp, row = max(gdps, key=lambda g: g[0])
        names = _pair_names(story, m.pair)
        reference = (f"{row['name']}, the bigger economy of the two, had a GDP of about {slips.usd(gdp, story.doc.country)} in "
                     f"{row['gdp_year']} ({row.source}); no two countries trade more than twice the bigger one's GDP")
        return self._compare(rule, story, m, gdp, gdp, reference, f"{names} trade",
                             {"table": [r.citation() for _, r in gdps]}, low_side=False,
                             bounds=(0.0, gdp * _trade_beyond(gdp)), fit=(gdp * 1e-4, gdp * 0.5))

    # -- population and GDP ----------------------------------------------------------
    def _population(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject is None and q.kind == "number" and q.value:
            hit = self._country_people_beyond_population(rule, story, m)
            if hit is not None or q.value <= _MORE_PEOPLE_THAN:
                return hit
            return self._people_beyond_every_country(rule, story, m) or self._visitors_beyond_earth(rule, story, m)
        if m.subject != "population" or q.kind != "number" or not q.value:
            return None
        if _wider_as_country(story, m):
            return None     # "treat the whole region as a country of 2 billion people": no country's
        if _SERVED_POPULATION.search(story.doc.prose, max(m.sentence[0], q.start - 80), q.start):
            # "the trust serves a population of about 620,000", "hospitals which serve a population of": the people a
            # hospital, a utility or a council serves, a part of the country's (or all of them), never more
            return self._country_people_beyond_population(rule, story, m, served=True)
        owner, unowned = m.owner, False
        if owner is None:
            owner, unowned = home_population(story, m), True
            if owner is None:
                # "the island's 28 million residents": a possessive's people, above twice its population
                # "for a country of 1.65 billion people": whichever country the story names owns it
                return self._country_people_beyond_population(rule, story, m) \
                    or self._population_every_owner(rule, story, m)
        row = _country(story, owner)
        if row is None or row.number("population") is None:
            return None
        if _SHARE_OF_POPULATION.search(own_clause_after(story.doc.prose[m.span.end:m.sentence[1]])):
            return None     # "17 million people, or a tenth of its population, live abroad": a part
        year = _clause_year(story, m)
        past = False
        if not m.future and not _year_close(year, row.get("population_year"), rule.options["max_year_gap"]):
            if year is None or not row.get("population_year") or year > int(row["population_year"]):
                # a later year than the table's: under every reading no country holds more people than twice
                # the most populous one does now
                return self._population_beyond_any_country(rule, story, m, owner)
            # an earlier year ("216 billion people using figures from 2006"): a country's people were fewer
            # then, or at most a little more (no country has lost half its people since), so only the high
            # side is read
            past = True
        value = row.number("population")
        reference = (f"{row['name']}'s population was about {slips.amount(value, '', _count_style(q))} "
                     f"in {row['population_year']} ({row.source})")
        # a population no sentence names is read with a wider margin below: a city holds up to a fifth of its
        # country's people
        bounds = (value * UNOWNED_LOW, value * rule.options["high_factor"]) if unowned else None
        if m.future:
            # a target or a projection ("aims to record every one of New Zealand's 48 million people"): above, only a
            # figure no country's people reach in the years copy looks ahead to, three times today's
            low = bounds[0] if bounds else value * rule.options["low_factor"]
            bounds = (low, value * _FUTURE_PEOPLE_FACTOR)
        # ("We have ... a population of 29,000," the mayor said: a council's people, not below any country's)
        local = unowned and spoken_locally(story.doc.prose, m.sentence, q.start)
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s population",
                             {"table": [row.citation()]}, low_side=not (past or local), high_side=True,
                             owner=owner, bounds=bounds)

    def _country_people_beyond_population(self, rule: Rule, story: Story, m: Measure,
                                          served: bool = False) -> Hit | None:
        """ "With Argentina's 460 million people facing higher prices", "all of the country's 590 million residents in
        some form": a country's people, whatever follows them, are all or some of its population, and cannot be more
        than twice it. Only the high side: "Argentina's 5 million people facing hunger" is a part. With `served`, the
        people a body serves ("hospitals, which serve a population of 49 million"): its country's (`m.owner`) or
        else any the story has named by then, its own included."""
        if served:
            if m.future or _WIDER_WHOLE.search(story.doc.prose, *m.sentence):
                return None     # "serves a population of 2 billion across the region"
            found = (m.owner, True) if m.owner else ((story.doc.country, False) if story.doc.country else None)
        else:
            found = _possessed_people(story, m)
        if found is None:
            return None
        code, named = found
        if named or (not served and _home_alone_near(story, m, code)):
            # (in a story about home, "the country's" is home's where the sentence and the one before name no other)
            rows = [_country(story, code)]
        else:
            # "the country's": the story's own, or any country it has named by then; too many for every one of them
            rows = _owners_with_population(story, by=m.sentence[1])
        if not rows or any(r is None or r.number("population") is None for r in rows):
            return None
        factor = _FUTURE_PEOPLE_FACTOR if m.future else rule.options["high_factor"]
        return self._above_every_owner(rule, story, m, rows, factor, "people")

    def _visitors_beyond_earth(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """ "Thailand welcomed 28 billion foreign visitors in 2023": one country's visitors from abroad in a year are
        fewer than the people alive (the world's whole, every country's head count in the table added up), where a
        visit may repeat but a visitor is counted once. Only the high side; never visits, trips or passengers."""
        q = m.quantity
        prose = story.doc.prose
        if m.future or not _FOREIGN_VISITORS_AFTER.match(prose, q.end, m.sentence[1]):
            return None
        rows = [r for r in story.data.countries if r.number("population")]
        world = sum(r.number("population") for r in rows)
        if not rows or q.value <= world:
            return None
        reference = (f"the people of every country together number about {slips.amount(world, '', _count_style(q))} "
                     f"(the countries table, {rows[0].source}); no country has more visitors from abroad than that")
        return self._compare(rule, story, m, world, world, reference, "visitors from abroad",
                             {"table": [_most_populous(story.data).citation()]}, low_side=False,
                             bounds=(0.0, world), fit=(1e5, world * 0.05))

    def _people_beyond_every_country(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """"Feeding 170 crore people" in a Bangladesh story: more people than live in every country the story names
        put together is no count of any of their people, and, where nothing speaks of the world, a continent, a
        region or people counted as they come and go (visits, trips, passengers), no count at all."""
        q = m.quantity
        prose = story.doc.prose
        if m.future or not _PEOPLE_AFTER.match(prose, q.end, m.sentence[1]):
            return None
        rows = _owners_with_population(story)
        if rows is None:
            return None
        together = sum(r.number("population") for r in rows)
        if q.value <= together or _WIDER_PEOPLE.search(prose, *m.sentence) \
                or story.memo("plausibility.wider_people", lambda s: bool(_WIDER_PEOPLE_STORY.search(s.doc.prose))):
            return None
        row = rows[0]
        value = row.number("population")
        others = [r["name"] for r in rows[1:]]
        reference = (f"{row['name']}'s population was about {slips.amount(value, '', _count_style(q))} in "
                     f"{row['population_year']} ({row.source})"
                     + (f"; with every other country the story names ({', '.join(others)}) there are about "
                        f"{slips.amount(together, '', _count_style(q))}" if others else ""))
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s people",
                             {"table": [r.citation() for r in rows]}, low_side=False, owner=row["iso2"],
                             bounds=(0.0, together), fit=(value * 0.2, value * 1.2))

    def _population_every_owner(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """A country's head count whose country no sentence names ("for a country of 1.65 billion people"): read
        under every owner the story offers (each country it names, and its own), it speaks only when the figure is
        too high for every one of them, and names the likeliest (the story's own). Too high for the most populous
        country on Earth, it needs no owner at all. Only the high side: a small country may be any size."""
        if m.future or not _COUNTRY_OF.search(story.doc.prose, max(m.sentence[0], m.span.start - 40), m.span.start):
            return None
        if _WIDER_WHOLE.search(clause_right(story, m)):
            return None     # "a country of 1.9 billion people if the region were one": not one country's
        rows = _owners_with_population(story, by=m.sentence[1])
        if rows is None:
            return self._population_beyond_any_country(rule, story, m, story.doc.country)
        return self._above_every_owner(rule, story, m, rows, rule.options["high_factor"], "population")

    def _above_every_owner(self, rule: Rule, story: Story, m: Measure, rows: list, factor: float,
                           what: str) -> Hit | None:
        """A head count too high for every country that may own it (`rows`, the likeliest first): above `factor`
        times the most populous one's people, reported against the likeliest."""
        biggest = max(rows, key=lambda r: r.number("population"))
        row = rows[0]
        value = row.number("population")
        others = [r["name"] for r in rows[1:]]
        reference = (f"{row['name']}'s population was about {slips.amount(value, '', _count_style(m.quantity))} "
                     f"in {row['population_year']} ({row.source})"
                     + (f"; no other country the story names ({', '.join(others)}) has even half that many people"
                        if others else ""))
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s {what}",
                             {"table": [r.citation() for r in rows]}, low_side=False, owner=row["iso2"],
                             bounds=(0.0, biggest.number("population") * factor), fit=(value * 0.5, value * 2.0))

    def _population_beyond_any_country(self, rule: Rule, story: Story, m: Measure, owner: str | None) -> Hit | None:
        """An owner-free limit: no country, at any time, holds more than twice the most populous one's people."""
        if m.future:
            return None
        biggest = _most_populous(story.data)
        if biggest is None:
            return None
        value = biggest.number("population")
        row = _country(story, owner) if owner else None
        reference = (f"the most populous country, {biggest['name']}, had about "
                     f"{slips.amount(value, '', _count_style(m.quantity))} people in {biggest['population_year']} "
                     f"({biggest.source}); no country's population comes near {slips.number(rule.options['high_factor'])} "
                     f"times that")
        subject = f"{row['name']}'s population" if row is not None else "a country's population"
        target = row.number("population") if row is not None and row.number("population") else value
        return self._compare(rule, story, m, target, target, reference, subject,
                             {"table": [biggest.citation()] + ([row.citation()] if row is not None else [])},
                             low_side=False, owner=owner, bounds=(0.0, value * rule.options["high_factor"]),
                             fit=(target * 0.5, target * 2.0))

    def _gdp(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject != "gdp" or q.kind != "money" or not q.value:
            return None
        if _PPP.search(story.doc.prose, *m.sentence):
            return None     # "worth $13 trillion in purchasing-power terms": the table holds nominal GDP
        if _PRODUCES_BEFORE.search(story.doc.prose, max(m.sentence[0], q.start - 40), q.start) \
                and not OF_GOODS_AND_SERVICES.match(story.doc.prose[q.end:q.end + 40]):
            return None     # "the economy, which generated $2bn in tourism revenue": a part, not its output
        region = _region_economy(story, m)
        if region is not None:
            return self._region_gdp(rule, story, m, region)
        owner = m.owner or _home_economy(story, m)
        if owner is None:
            return None
        row = _country(story, owner)
        if row is None or row.number("gdp_usd") is None:
            return None
        # a target "by 2030" is compared with the economy now (and only on the low side)
        if not m.future and not _year_close(_clause_year(story, m), row.get("gdp_year"), rule.options["max_year_gap"]):
            return None
        value = row.number("gdp_usd")
        reference = f"{row['name']}'s GDP was about {slips.usd(value, story.doc.country)} in {row['gdp_year']} ({row.source})"
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s GDP",
                             {"table": [row.citation()]},
                             low_side=(not partial(story, m) or m.position == "after") and not _part_in_apposition(story, m),
                             high_side=not m.future, owner=owner)

    def _region_gdp(self, rule: Rule, story: Story, m: Measure, region: Row) -> Hit | None:
        """A state's or province's economy against its share of the country's: its output per head is never five
        times the nation's (the richest US state, Indian state or Chinese province is about two to three times it),
        nor a twentieth of it."""
        row = _country(story, region["country"])
        if row is None or not row.number("gdp_usd") or not row.number("population") or not region.number("population"):
            return None
        share = region.number("population") / row.number("population")
        gdp = row.number("gdp_usd")
        low, high = gdp * share * REGION_PER_HEAD_LOW, gdp * share * REGION_PER_HEAD_HIGH
        reference = (f"{region['name']} holds about {share:.1%} of {row['name']}'s people ({region.source}, "
                     f"{region['population_year']}), and {row['name']}'s whole GDP was about "
                     f"{slips.usd(gdp, story.doc.country)} in {row['gdp_year']} ({row.source}); no {region['kind']}'s "
                     f"output per head is {REGION_PER_HEAD_HIGH:g} times the nation's, nor a "
                     f"{slips.number(1 / REGION_PER_HEAD_LOW)}th of it")
        return self._compare(rule, story, m, gdp * share, gdp * share, reference, f"{region['name']}'s GDP",
                             {"table": [row.citation(), region.citation()]},
                             low_side=not partial(story, m), high_side=not m.future, owner=row["iso2"],
                             bounds=(low, high), fit=(gdp * share * 0.3, gdp * share * 3.0))

    def _compare(self, rule: Rule, story: Story, m: Measure, ref_low: float, ref_high: float, reference: str,
                 subject: str, evidence: dict, low_side: bool = True, high_side: bool = True,
                 fit: tuple[float, float] | None = None, owner: str | None = None,
                 bounds: tuple[float, float] | None = None) -> Hit | None:
        """Flag a figure outside [low_factor x ref_low, high_factor x ref_high]; suggest a fitting slip.

        `fit` is the range a suggested reading must fall in when it is narrower than the flagging range
        (a country's exports to one partner: flagged only above the pair's trade, suggested only inside it);
        `bounds` replaces the factors where the range is not a multiple of one recorded value.
        """
        q = m.quantity
        if _DIFFERENCE_AFTER.match(story.doc.prose[q.end:m.sentence[1]]):
            return None     # "GDP was $2bn higher than forecast": a difference, not the level
        low_factor, high_factor = rule.options["low_factor"], rule.options["high_factor"]
        if not m.future and rule.options["actual_high_factor"]:
            high_factor = rule.options["actual_high_factor"]
        floor, ceiling = bounds or (ref_low * low_factor, ref_high * high_factor)
        on = _published(story)
        fx = story.data.fx
        readings = []           # (currency, lo, hi, rate) for each currency the mark may mean
        unrated = None          # a currency the table has no rate for: the most a unit of any money is worth
        for unit in ((q.unit,) + tuple(q.alternatives) if q.kind == "money" else (None,)):
            lo, hi = _bounds(q)
            rate = None
            if unit is not None:
                found = fx.to_usd(1.0, unit, on)
                if found is None:
                    unrated = _dearest_unit(fx, on) if low_side else None
                    if unrated is None:
                        return None
                    found = (unrated[0], None)
                rate = found[1]
                lo, hi = lo * found[0], hi * found[0]
            readings.append((unit, lo, hi, rate))
        too_low = low_side and all(hi < floor for _, _, hi, _ in readings)
        too_high = high_side and unrated is None and all(lo > ceiling for _, lo, _, _ in readings)
        if not (too_low or too_high):
            return None
        unit, lo, hi, rate = readings[0]
        figure = story.text_of(_core(story, m))
        value_usd = q.value * (rate and 1.0 / rate.per_usd or 1.0)
        if unrated is not None:
            # "CZK 7.6bn" as the Czech GDP: whatever the koruna's rate, it is under $25bn
            value_usd = max(hi for _, _, hi, _ in readings)
            dearest = unrated[1]
            detail = (f"{figure} is at most about {slips.usd(value_usd, story.doc.country)} at any rate (no money is worth more a "
                      f"unit than the {dearest.currency}, "
                      f"{slips.number(dearest.per_usd, 4)} to the dollar: {slips.short_source(dearest.row.source)}, "
                      f"{slips.period(dearest.period)}); {reference}")
        elif rate is not None and unit != "USD":
            detail = (f"{figure} is about {slips.usd(value_usd, story.doc.country)} at {slips.number(rate.per_usd, 4)} "
                      f"{slips.CURRENCY_NAMES.get(unit, unit)} to the dollar ({slips.short_source(rate.row.source)}, "
                      f"{slips.period(rate.period)}); {reference}")
        else:
            detail = f"{figure} is {'far below' if too_low else 'far above'} the record: {reference}"
        fit_low, fit_high = fit or (floor, ceiling)
        target = math.sqrt(fit_low * fit_high) if fit else math.sqrt(ref_low * ref_high)
        suggestion = None
        if rule.options["suggest"] and unrated is None:
            if q.kind == "money":
                # a country's own figure (its budget, its exports) is in its own currency or dollars
                local = _own_currencies(story, owner) if owner else _local_currencies(story)
                candidates = slips.money_readings(
                    q, local, lambda v, cur: (fx.to_usd(v, cur, on) or (None,))[0])
            else:
                candidates = slips.count_readings(q)
            order = None
            if owner and q.kind == "money" and q.unit in _own_currencies(story, owner):
                order = slips.SCALE_FIRST  # "Rs2.55bn" of Pakistan's own budget: bn for tn, not Rs for $
            suggestion = slips.best(candidates, lambda v: fit_low <= v <= fit_high, target, order)
        if suggestion is not None:
            advice = f"A {suggestion.named()} slip? Did you mean {suggestion.text}?"
        else:
            advice = ("No usual slip explains it; check the figure." if too_low or too_high else "")
        evidence: dict[str, Any] = {
            "subject": subject, "figure_usd" if q.kind == "money" else "figure": round(value_usd, 2),
            "plausible_range": [floor, ceiling], "direction": "too low" if too_low else "too high",
            **evidence,
        }
        if rate is not None and unit != "USD":
            evidence["fx_rate"] = {"currency": unit, "per_usd": rate.per_usd, "period": rate.period,
                                   **rate.row.citation()}
        if suggestion is not None:
            evidence["slip"] = suggestion.slip
        return Hit(span=_core(story, m), fields={
            "figure": figure, "detail": detail, "reference": reference, "advice": advice,
            "suggestion": suggestion.text if suggestion else None, "slip": suggestion.slip if suggestion else None,
            "subject": subject, "countries": "–".join(m.pair or ((owner or m.owner,) if owner or m.owner
                                                                 else m.countries)),
        }, evidence=evidence, suggestion=suggestion.text if suggestion else None)

    # -- a national budget line against the size of the economy ------------------------
    def _budget(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """A ministry's allocation or a national budget far outside what the country's GDP allows.

        A national defence allocation below a ten-thousandth of GDP, or a national budget below half a
        per cent of it, is a scale slip ("₹6.81 crore" for "₹6.81 lakh crore"); read only where the line is
        unmistakably national and whole (see `_national_line`).
        """
        q = m.quantity
        if q.kind != "money" or not q.value:
            return None
        line = _national_line(story, m)
        if line is None:
            return self._spending_beyond_every_economy(rule, story, m)
        kind, sector, owner = line
        row = _country(story, owner)
        if row is None or row.number("gdp_usd") is None:
            return None
        gdp = row.number("gdp_usd")
        (low, high), fit = _BUDGET_SHARES[kind]
        if kind == "budget" and gdp < SMALL_ECONOMY_USD:
            high = SMALL_ECONOMY_CEILING
        what = f"{row['name']}'s national budget" if kind == "budget" else f"{row['name']}'s {sector} allocation"
        reference = (f"{row['name']}'s GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} ({row.source}); "
                     f"{'a national budget' if kind == 'budget' else f'a national {sector} allocation'} is between "
                     f"{_share(low)} and {_share(high)} of GDP")
        return self._compare(rule, story, m, gdp, gdp, reference, what, {"table": [row.citation()]},
                             low_side=not partial(story, m), fit=(gdp * fit[0], gdp * fit[1]), owner=owner,
                             bounds=(gdp * low, gdp * high))

    def _spending_beyond_every_economy(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """A government's spending above the economy of every country the story names: impossible whoever owns
        it (see `plausibility_ceiling`); the message names the story's own country, the likeliest owner."""
        if not _budget_sentence(story, *m.sentence):
            return None
        found = spending_beyond_every_economy(story, m, _country, lambda q: _least_usd(story, q))
        if found is None:
            return None
        home, ceiling, gdp, rows = found
        row = _country(story, home)
        others = [r["name"] for r in rows if r["iso2"] != home]
        reference = (f"{row['name']}'s whole GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} "
                     f"({row.source}); no government spends more than its country's whole economy in a year"
                     + (f", and no other country the story names ({', '.join(others)}) has an economy that large"
                        if others else ""))
        (_, _), fit = _BUDGET_SHARES["budget"]
        return self._compare(rule, story, m, gdp, gdp, reference, f"{row['name']}'s government spending",
                             {"table": [r.citation() for r in rows]}, low_side=False, owner=home,
                             bounds=(0.0, ceiling), fit=(gdp * fit[0], gdp * fit[1]))

    # -- one country's exports to one partner --------------------------------------------
    def _exports(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """Exports (or imports) between two countries above all their trade, or above the economy that makes them.

        One direction of a pair's trade cannot exceed the pair's whole trade in `trade.csv`, nor (by far) the
        GDP of the country that ships or buys it: "Sfr 527bn" of Swiss exports to the US is a decimal slip.
        """
        q = m.quantity
        if q.kind != "money" or not q.value:
            return None
        flow = _trade_flow(story, m)
        if flow is None:
            return self._national_flow(rule, story, m)
        home, partner, direction = flow
        rows = [r for r in story.data.trade if {r["country_a"], r["country_b"]} == {home, partner}]
        chosen = _rows_for_year(rows, _clause_year(story, m), _published(story), rule.options["max_year_gap"])
        names = f"{_name(story, home)}'s {direction} {'to' if direction == 'exports' else 'from'} {_name(story, partner)}"
        if chosen:
            total = max(r.number("value_usd") for r in chosen)
            reference = (f"{_name(story, home)}–{_name(story, partner)} trade in both directions was about "
                         f"{slips.usd(total, story.doc.country)} in {chosen[0]['year']} ({chosen[0].source})")
            return self._compare(rule, story, m, total, total, reference, names,
                                 {"table": [r.citation() for r in chosen]}, low_side=False,
                                 fit=(total * 0.05, total), owner=home)
        row = _country(story, home)
        if row is None or row.number("gdp_usd") is None:
            return None
        gdp = row.number("gdp_usd")
        ceiling = rule.options["gdp_high_factor"]
        reference = (f"{row['name']}'s whole GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} ({row.source}), "
                     f"and its {direction} to one partner cannot be {slips.number(ceiling)} times that")
        return self._compare(rule, story, m, gdp, gdp, reference, names, {"table": [row.citation()]},
                             low_side=False, fit=(gdp * 1e-4, gdp * 0.5), owner=home, bounds=(0.0, gdp * ceiling))

    def _national_flow(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """ "Turkey's total exports reached a record $2.55 trillion": a country's exports (or imports) to the whole
        world above twice its GDP. Entrepôts ship more than their GDP (Hong Kong about 1.6 times, with re-exports);
        twice is beyond every country, so the figure is a slip of scale. An economy of $2tn or more sells and buys
        abroad well under its output (Germany, the most open of them, exports about half of it), so for one its
        exports or imports above its whole GDP are a slip too ("China's exports ... $33.8 trillion")."""
        ceiling = rule.options["national_high_factor"]
        q = m.quantity
        if not ceiling or q.kind != "money" or not q.value:
            return None
        found = _national_flow_of(story, m)
        if found is None:
            return None
        home, direction, product = found
        row = _country(story, home)
        if row is None or row.number("gdp_usd") is None:
            return None
        gdp = row.number("gdp_usd")
        if gdp >= BIG_ECONOMY:
            ceiling = min(ceiling, TRADE_BEYOND_BIG_GDP)
        # below: a whole year's flow to all the world under a fiftieth of GDP ("Vietnam's exports fell 4.4 percent last
        # year to $3.55 billion", a thousandth of them); not one product's, nor a month's or a quarter's
        whole_year = not product and not partial(story, m) and not m.future
        reference = (f"{row['name']}'s whole GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} "
                     f"({row.source}); "
                     + (f"no economy that size has {direction} as large as its GDP" if gdp >= BIG_ECONOMY and ceiling == 1
                        else f"no country's {direction} come to "
                        + ("twice" if ceiling == 2 else f"{slips.number(ceiling)} times") + " its GDP")
                     + (f", nor to less than {_NATIONAL_FLOW_LOW:.0%} of it in a year" if whole_year else ""))
        return self._compare(rule, story, m, gdp, gdp, reference, f"{row['name']}'s {direction}",
                             {"table": [row.citation()]}, low_side=whole_year, fit=(gdp * 0.1, gdp * 1.2), owner=home,
                             bounds=(gdp * _NATIONAL_FLOW_LOW if whole_year else 0.0, gdp * ceiling))

    # -- a whole smaller than its own part ----------------------------------------------
    def _parts(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        """A national budget below one of its lines, a population below one group of its people
        (see `plausibility_parts`)."""
        return whole_below_part(rule, story, m)

    # -- physical and logical limits -------------------------------------------------
    def _limits(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if q.value is None or q.kind not in ("physical", "percent", "duration", "number"):
            return None
        if q.kind == "number" and m.subject is None and _BEYOND_ANY_AGE < q.value < 1000 and human_age(story, q):
            # "Chiyo Nakamura, 131,": an age the timeline's reader finds where no subject word names one
            m = dataclasses.replace(m, subject="age")
        if q.kind == "physical" and q.unit in _TEMPERATURE_UNITS:
            hit = _water_limit(rule, story, m)
            if hit is not None:
                return hit
        candidates = _limit_rows(story.data).get(_limit_unit(m), ())
        if not candidates:
            return None     # no row speaks in this figure's unit: skip the sentence tests
        lo, hi = _bounds(q)
        if q.high is not None and q.low is None and q.hedge and _CLOSE_BELOW.match(q.hedge):
            lo = max(lo, q.high * 0.97)     # "nearly 108%" is still above 100%
        elif q.high is not None and q.low is None and q.hedge in _REACHED_HEDGES and (
                _reached(story, m) or q.unit in _SPEED_UNITS):
            lo = max(lo, q.high)            # "recorded a maximum of 62C", "highs of up to 62C": it got there
        # both ends written ("from 62% to 108%", "between 45C and 62C"): either end may be impossible
        ranged = q.low is not None and q.high is not None
        if not any(_beyond(limit.low, limit.high, lo, hi, ranged) for limit in candidates):
            return None     # possible under every row (most figures): skip the sentence tests
        s0, s1 = m.sentence
        things = _ignore_pattern(tuple(rule.options.get("ignore_words") or ()))
        # (weather copy's passing words never make a percentage another thing's: "the heat index passed 50C when
        # relative humidity reached 118%")
        copy_words = None if q.kind == "percent" else _ignore_pattern(tuple(rule.options.get("clause_words") or ()))
        # the sentence is sliced, not searched with pos/endpos, so that \b sees its edges as edges
        sentence = story.doc.prose[s0:s1]
        if (things is not None or copy_words is not None) and _words_said(story, s0, s1, sentence, things, copy_words):
            if q.kind != "physical" or q.unit not in _TEMPERATURE_UNITS:
                return None
            if weather_context_silences(story, m, things, copy_words, _WEATHER_SLIPS):
                return None
        matched = [limit.row for limit in candidates if _limit_applies(limit, m, story)]
        if not matched:
            return None
        if q.kind == "physical" and q.unit in _TEMPERATURE_UNITS and _INDOORS.search(sentence) \
                and _INDOORS.search(clause_left(story, m) + " " + clause_right(story, m)):
            return None     # "temperatures inside the tin-roofed homes touched 60C": a room's, not the air's
        outside = []
        for row in matched:
            if _outside(row, lo, hi, ranged):
                outside.append(row)
        if len(outside) < len(matched):
            return None
        if _fits_another_scale(story, q, outside, lo, hi, ranged):
            return None
        return _limit_hit(rule, story, m, outside[0], lo, hi, ranged)



# A part of the economy named before its size in apposition: "a quarter of Nepal's economy, about $40 billion," may
# give the part's value instead, which is smaller than the whole: read only on the high side
_PART_OF_ECONOMY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:half|third|quarter|fifth|tenth|twentieth|fraction|share|portion|part|slice|%|per\s*cent|percent)"
    r"\s+of\s+(?:the\s+|its\s+|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*['’]s\s+)?(?:[\p{L}-]+\s+)?"
    r"(?:economy|GDP|gross\s+domestic\s+product),\s*\Z", regex.I)


def _part_in_apposition(story: Story, m: Measure) -> bool:
    s0 = m.sentence[0]
    start = m.quantity.start     # (before its hedge: "some $4 billion")
    return bool(_PART_OF_ECONOMY_BEFORE.search(story.doc.prose, max(s0, start - 120), start))


def _dearest_unit(fx, on) -> tuple[float, Any] | None:
    """(dollars per unit, its rate) of the most valuable money the table holds on `on` (the Kuwaiti dinar, about
    $3.3): an amount in a money the table lacks is worth no more than that many dollars a unit."""
    cache = fx.__dict__.setdefault("_plausibility_dearest", {})
    key = (on.year, on.month) if on else None
    if key not in cache:
        rates = [r for r in (fx.rate(c, on) for c in fx.currencies()) if r is not None and r.per_usd > 0]
        dearest = min(rates, key=lambda r: r.per_usd, default=None)
        cache[key] = (1.0 / dearest.per_usd, dearest) if dearest is not None else None
    return cache[key]


def _limit_hit(rule: Rule, story: Story, m: Measure, row: Row, lo: float, hi: float, ranged: bool) -> Hit:
    """The finding for a figure outside its limits row."""
    q = m.quantity
    figure = story.text_of(_core(story, m))
    above = row.number("max") is not None and (hi if ranged else lo) > row.number("max")
    bound = row.number("max") if above else row.number("min")
    unit = _unit_symbol(row["unit"])
    reference = (f"{row['subject']} {'cannot exceed' if above else 'cannot be below'} "
                 f"{slips.number(bound, 4)}{unit} ({row['note']}; {row.source})")
    suggestion = _limit_suggestion(q, row) if rule.options["suggest"] else None
    if suggestion is not None:
        advice = f"A {suggestion.slip} slip? Did you mean {suggestion.text}?"
    else:
        advice = "Check the figure."
    return Hit(span=_core(story, m), fields={
        "figure": figure, "detail": f"{figure} is impossible: {reference}", "reference": reference,
        "advice": advice, "suggestion": suggestion.text if suggestion else None,
        "slip": suggestion.slip if suggestion else None, "subject": row["subject"], "countries": "",
    }, evidence={"subject": row["subject"], "limit": {"min": row.number("min"), "max": row.number("max"),
                                                       "unit": row["unit"], **row.citation()}},
        suggestion=suggestion.text if suggestion else None)


def _water_limit(rule: Rule, story: Story, m: Measure) -> Hit | None:
    """A sea's, a lake's or a river's own temperature above the natural-water row (see `plausibility_water`)."""
    q = m.quantity
    rows = [row for row in story.data.limits if row["subject"] == WATER_SUBJECT and row["unit"] == q.unit]
    if not rows or not rows[0].number("max"):
        return None
    lo, hi = _bounds(q)
    ranged = q.low is not None and q.high is not None
    if not _outside(rows[0], lo, hi, ranged) or not natural_water_reading(story, m):
        return None
    return _limit_hit(rule, story, m, rows[0], lo, hi, ranged)

def air_temperature(rule: Rule, story: Story, m: Measure) -> bool:
    """Is this °C/°F figure an air temperature, as `_limits` reads one for the air-temperature row?

    The same sentence tests in the same order: the rule's ignore and clause words, the air-temperature row's
    subject words near the figure or a weather reading, and no room or vehicle. (For the national records of
    FC210, which meet figures that `_limits` never reads past its "possible" shortcut.)"""
    q = m.quantity
    if q.kind != "physical" or q.unit not in _TEMPERATURE_UNITS:
        return False
    s0, s1 = m.sentence
    things = _ignore_pattern(tuple(rule.options.get("ignore_words") or ()))
    copy_words = _ignore_pattern(tuple(rule.options.get("clause_words") or ()))
    sentence = story.doc.prose[s0:s1]
    if (things is not None or copy_words is not None) and _words_said(story, s0, s1, sentence, things, copy_words) \
            and weather_context_silences(story, m, things, copy_words, _WEATHER_SLIPS):
        return False
    rows = [limit for limit in _limit_rows(story.data).get(q.unit, ()) if limit.row["subject"] == "air temperature"]
    if not any(_limit_applies(limit, m, story) for limit in rows):
        return False
    return not (_INDOORS.search(sentence) and _INDOORS.search(clause_left(story, m) + " " + clause_right(story, m)))


def world_air_limits(data: ReferenceData) -> tuple[float, float]:
    """Earth's air-temperature records in Celsius (limits.csv), beyond which a figure is FC204's."""
    for limit in _limit_rows(data).get("degree Celsius", ()):
        if limit.row["subject"] == "air temperature":
            return limit.row.number("min"), limit.row.number("max")
    return -math.inf, math.inf


# "her 140th birthday", "his 131st birthday": a person's (a company's or a city's birthday is an anniversary)
_OWN_BIRTHDAY_BEFORE = regex.compile(r"\b(?:her|his)\s+\Z", regex.I)
_BIRTHDAY_AFTER = regex.compile(r"\s+birthday\b", regex.I)


def _own_birthday(story: Story, q: Quantity) -> bool:
    prose = story.doc.prose
    return bool(_BIRTHDAY_AFTER.match(prose, q.end) and _OWN_BIRTHDAY_BEFORE.search(prose, max(0, q.start - 8),
                                                                                      q.start))


def _one_per_figure(hits: Iterator[Hit]) -> Iterator[Hit]:
    """The same impossible figure repeated ("turnout of 104.3%" in the lead, again in a quote) is one error: one
    finding at its first mention, the repeats as its related spans."""
    first: dict[tuple[str, str], int] = {}
    found: list[Hit] = []
    for hit in hits:
        key = (_FIGURE_DIGITS.sub("", str(hit.fields.get("figure", ""))), str(hit.fields.get("subject", "")))
        if key[0] and key in first:
            at = first[key]
            found[at] = dataclasses.replace(found[at], related=(*found[at].related, hit.span))
            continue
        first[key] = len(found)
        found.append(hit)
    return iter(found)


# what is left of a figure's text for comparing repeats: "104.3%", "104.3 per cent" -> "104.3"
_FIGURE_DIGITS = regex.compile(r"[^\d.]|\.(?!\d)")


# Only a figure above this can be beyond the oldest human; below it the age reader is not asked.
_BEYOND_ANY_AGE = 120

# Trade between two countries above this multiple of the bigger one's GDP is beyond any pair (see above).
TRADE_BEYOND_GDP = 2.0
# The bigger an economy, the smaller its trade beside its output: no economy of $2tn or more trades goods worth
# its GDP with the whole world (the US about a quarter, China a third, Germany, the largest such trader, about
# four-fifths), so trade with one partner above that GDP is a scale slip ("$5.5 trillion" for $5.5 billion
# between India and Sri Lanka). Below that size entrepots (Singapore, Hong Kong) trade several times their GDP.
BIG_ECONOMY = 2e12
TRADE_BEYOND_BIG_GDP = 1.0


def _trade_beyond(gdp: float) -> float:
    """The multiple of the bigger partner's GDP that no pair's trade reaches."""
    return TRADE_BEYOND_BIG_GDP if gdp >= BIG_ECONOMY else TRADE_BEYOND_GDP

RULE_TYPE = Plausibility()


# -- helpers ------------------------------------------------------------------------

_PPP = regex.compile(r"\bpurchasing[\s-]+power|\bPPP\b", regex.I)

# A figure that is the gap to another, not the thing itself: "$2bn higher than forecast", "Rs90 crore short of",
# "Rs 90 crore, a fraction of what it sought"
_DIFFERENCE_AFTER = regex.compile(
    r"\A\s*(?:(?:higher|lower|more|less|above|below|bigger|smaller|greater|larger|fewer|short\s+of|shy\s+of|"
    r"over\s+(?:the|its|last|budget|target))\b|,\s*(?:a\s+fraction|a\s+tiny|a\s+small|far\s+(?:less|below|short)|"
    r"well\s+(?:below|short)|less\s+than|only\s+(?:a|part))\b)", regex.I)

_HUMAN_AFTER = regex.compile(
    r"\A\s*(?:[,.;:)\"'’]|(?:man|men|woman|women|boy|girl|person|people|voter|voters|resident|mother|father|"
    r"grandmother|grandfather|widow|widower|farmer|pensioner|patient|retiree|veteran|driver|suspect|victim|"
    r"leader|politician|president|minister|singer|actor|actress|player|cricketer|worker|labourer|vendor|"
    r"shopkeeper|teacher|student|son|daughter|wife|husband|survivor|pilgrim|grandson|granddaughter|citizen|"
    r"centenarian|candidate|lawmaker|activist|said|says|was|is|has|had|who|died|from|of|in|and|told|became|when)\b)",
    regex.I)
# The noun an age stands beside in apposition: "The tortoise, aged 190,", "the oak, at 131 years old,"
_AGE_OWNER_BEFORE = regex.compile(r"\b(?i:the|a|an|this|that|its|their|our|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?"
                                  r"(?P<noun>\p{Ll}[\p{Ll}-]+)\s*,\s*(?:(?:aged|at|now|just|nearly|about|some)\s+)*\Z")
_HUMAN_NOUNS = frozenset(
    "man men woman women boy girl person people voter resident mother father grandmother grandfather widow widower "
    "farmer pensioner patient retiree veteran driver suspect victim leader politician president minister singer "
    "actor actress player worker labourer vendor shopkeeper teacher student son daughter wife husband survivor "
    "pilgrim grandson granddaughter citizen centenarian supercentenarian candidate lawmaker activist nun monk priest "
    "elder matriarch patriarch grandma grandpa granny lady gentleman villager fisherman herder chief queen king "
    "sister brother aunt uncle mum mom dad great-grandmother great-grandfather great-great-grandmother "
    "great-great-grandfather".split())


def _thing_owns_age(prose: str, s0: int, at: int) -> bool:
    """Does a common noun that names no person stand right before the age, in apposition?"""
    owner = _AGE_OWNER_BEFORE.search(prose, max(s0, at - 60), at)
    return owner is not None and owner.group("noun").lower() not in _HUMAN_NOUNS


# Between an age and the noun that owns it, the words that name nothing: hedges, the verb, "said to be", the
# partitive "some of them", the relative "which is", brackets and dashes ("trees, some of them more than 200",
# "the mosque, which is about 450", "the fort is said to be 400", "the tower (now 160")
_AGE_LINK_WORDS = regex.compile(
    r"(?:[\s,(—–-]+|\b(?i:is|are|was|were|be|been|being|now|still|already|itself|themselves|just|nearly|almost|about|"
    r"around|some|roughly|over|under|more|less|than|at|least|aged|well|believed|said|thought|estimated|reckoned|"
    r"reported|claimed|to|of|them|which|whom|who|many|most|all|several|few|one|two|parts?|oldest|older|the|it)\b)+\Z")
_PERSON_WORDS = regex.compile(r"\b(?i:who|whom|whose|he|she|him|her|hers|i|we|us)\b")
# Where the words of the age's own clause begin: after "said", "say", "told", "noted": "Villagers say the baobab is 800"
_CLAUSE_OPENING = regex.compile(r".*\b(?i:said|says|say|told|noted|added|according\s+to|insist|insisted|claim|claimed)"
                                r"(?!\s*to\s)(?:\s+that)?\s", regex.S)


def _is_person_noun(word: str) -> bool:
    word = word.lower()
    return word in _HUMAN_NOUNS or word.endswith("s") and word[:-1] in _HUMAN_NOUNS or word in ("people", "men",
                                                                                                "women", "children")


# an age written before its owner: "a 131-year-old woman", "the 125-year-old Omani grandmother"
_AGE_BEFORE_OWNER = regex.compile(r"\d[\d,.]*[-\s]years?[-\s]old\s+(?P<words>(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)")


_VERB_ENDING = regex.compile(r"(?:[^s]s|ed)$")


def _person_after(prose: str, at: int) -> bool:
    """Is the age an attribute of a person named right after it ("a 131-year-old woman", "a 125-year-old Omani
    grandmother")? Then whatever stands before it ("Officials highlighted a") owns nothing."""
    found = _AGE_BEFORE_OWNER.match(prose, at)
    if found is None:
        return False
    words = found.group("words").split()
    for i, word in enumerate(words):
        if word.lower() in _PHRASE_ENDS:
            return False    # "a 131-year-old church where women pray": the phrase ended on the thing
        if _is_person_noun(word):
            # the head noun only: "a 300-year-old grandfather clock" is a clock's age, the person word a modifier
            return i + 1 == len(words) or not _goes_on_naming(words[i + 1])
    return False


def _goes_on_naming(word: str) -> bool:
    """Does the word after a person's noun carry the noun phrase on ("grandfather clock", "mother church"), rather
    than begin the clause's verb ("woman lives", "grandmother said") or end the phrase ("woman on Monday")?"""
    low = word.lower()
    if low in _PHRASE_ENDS or low in _VERBS_AFTER_OWNER or not word[:1].islower():
        return False
    return not _VERB_ENDING.search(low)     # "lives", "died": a verb after the subject


# verbs that may follow an age's owner without a telling ending ("a 131-year-old woman is", "... can still walk")
_VERBS_AFTER_OWNER = frozenset("is are was were has have had will would can could may might must still who "
                               "became become remains remain".split())
# words that end the noun phrase after an age ("where", "that", "in")
_PHRASE_ENDS = frozenset("where which that who whose when in on at of from with by for and or but is was has had "
                         "said says".split())


def _age_of_a_thing(prose: str, s0: int, at: int) -> bool:
    """Is an age in years a thing's (a tree's, a tradition's, a building's), not a person's? The noun that owns it
    is the one left after the words that name nothing ("groves of trees, some of them more than 200 years old":
    the trees; "the mosque, which is 450 years old": the mosque). A thing's age when that noun is a common noun
    naming no person, or a name with "the" ("the Kaaba"), or "which" links it, and no person (a person's noun, "who",
    "she") is spoken of in the age's own clause. Anything else keeps the person's reading."""
    if _person_after(prose, at):
        return False        # "Officials met a 131-year-old woman": the age stands before the person it is of
    if _thing_owns_age(prose, s0, at):
        return True
    before = prose[max(s0, at - 200):at]
    opening = _CLAUSE_OPENING.match(before)
    clause = before[opening.end():] if opening else before
    link = _AGE_LINK_WORDS.search(clause)
    linking = link.group(0) if link else ""
    head = clause[:len(clause) - len(linking)]
    if _PERSON_WORDS.search(linking):
        return False        # "a woman from a village near Rzeszów, who is 131": a person's
    words = regex.findall(r"[\p{L}'’-]+", head)
    if any(_is_person_noun(w) or _PERSON_WORDS.fullmatch(w) for w in words):
        return False        # a person is spoken of in the clause: "the oldest voter in the ward turned 131"
    if not words:
        return False
    owner = words[-1]
    if regex.search(r"\bwhich\b", linking, regex.I):
        return True         # "the bells, which are almost 300 years old"
    if owner[:1].islower():
        return owner.isalpha() or "-" in owner      # "the baobab is 800", "the pipes were more than 130"
    # a name: a thing's when it takes "the" ("the Kaaba", "the Great Mosque"), a person's otherwise
    return bool(regex.search(r"\b(?i:the)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\Z", head[:len(head) - len(owner)]))


_ONE_DAY = regex.compile(r"\b(?:in\s+(?:a|one|a\s+single)\s+day|in\s+(?:the\s+(?:past\s+|last\s+|previous\s+)?)?24\s+hours|"
                         r"within\s+24\s+hours|overnight|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\b", regex.I)

# a season's or a month's total, even in a sentence that names the day it was reported ("ended the
# monsoon season with 2,215 mm of rain, IMD data released on Friday showed")
# A gap between two levels, not a level: "raised the record by a total of 14 centimetres", "won by 30cm", "30
# centimetres clear of the silver medallist", "12C warmer than"
_GAP_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:rais|lift|improv|increas|extend|widen|narrow|cut|lower|reduc|beat|won|win|miss|exceed|better|"
    r"surpass|broke|break|rose|risen|fell|fallen|grew|grown|drop|climb|jump|edg|shrank|shrunk|led|lead|margin)"
    r"[\p{L}]*\s+(?:[\p{L}'’-]+\s+){0,4}?by\s+(?:(?:a\s+total\s+of|a\s+further|another|just|only|about|some|nearly|"
    r"almost|around|roughly|more\s+than|over|up\s+to)\s+)?\Z", regex.I)
_GAP_AFTER = regex.compile(
    r"\s*(?:clear\s+of|short\s+of|ahead\s+of|(?:more|less|higher|lower|taller|shorter|longer|better|further|farther|"
    r"faster|slower|warmer|colder|hotter|cooler|wetter|drier|deeper)\s+than)(?![\p{L}])", regex.I)


def _own_stretch(story: Story, m: Measure) -> str:
    """The figure's sentence between its neighbours in the same unit: what another reading's words say ("while the
    airport measured 68mm, most of the city's average July rainfall of about 90mm") is not this figure's."""
    s0, s1 = m.sentence
    q = m.quantity
    start, end = s0, s1
    for other in story.quantities:
        if other is q or other.kind != q.kind or other.unit != q.unit or not (s0 <= other.start < s1):
            continue
        if other.end <= q.start:
            start = max(start, other.end)
        elif other.start >= q.end:
            end = min(end, other.start)
    return story.doc.prose[start:end]


_LONGER_THAN_A_DAY = regex.compile(r"\b(?:season|monsoon|month|months|year|annual|week|weeks|since|so\s+far|to\s+date|"
                                   r"cumulative|total|normal|average)\b", regex.I)


@dataclass(frozen=True)
class _Limit:
    """A limits row with its alias patterns compiled once (see `_limit_rows`)."""

    row: Row
    turnout: bool                         # an alias names turnout
    one_day: bool                         # "rainfall in one day": the sentence must say one day
    before: regex.Pattern | None = None   # percent rows: "turnout of", "literacy rate stood at"
    after: regex.Pattern | None = None    # percent rows: "65% turnout"
    of_whole: regex.Pattern | None = None  # percent rows: "112% of candidates passed"
    near: regex.Pattern | None = None     # physical rows: an alias anywhere near the figure
    share: bool = False                   # the share-of-a-whole row: "the share of candidates ... rose to"
    setting: tuple[regex.Pattern, regex.Pattern] | None = None  # (words the sentence must say, words it must not)
    low: float | None = None              # the row's min and max, read once (every figure of the unit is tested)
    high: float | None = None


def _outside(row: Row, lo: float, hi: float, ranged: bool) -> bool:
    return _beyond(row.number("min"), row.number("max"), lo, hi, ranged)


def _beyond(low: float | None, high: float | None, lo: float, hi: float, ranged: bool) -> bool:
    """Is the figure lo..hi outside the limits low..high (either may be None: no limit that side)?"""
    return (high is not None and (hi if ranged else lo) > high) or (low is not None and (lo if ranged else hi) < low)


def _fits_another_scale(story: Story, q, rows: list[Row], lo: float, hi: float, ranged: bool) -> bool:
    """"96 degrees" with the scale unsaid: possible in the other scale, so not impossible. The reader keeps the
    other scale only where the newsroom leaves it open (quantities/context._unsaid_scale)."""
    if q.kind != "physical" or not q.alternatives:
        return False
    subjects = {row["subject"] for row in rows}
    return any(limit.row["subject"] in subjects and not _outside(limit.row, lo, hi, ranged)
               for unit in q.alternatives for limit in _limit_rows(story.data).get(unit, ()))


def _limit_unit(m: Measure) -> str | None:
    """The only unit whose rows `_limit_applies` can accept for this figure."""
    q = m.quantity
    if q.kind == "duration" and q.unit == "second":
        return "second"                                     # race times ("8.94 seconds", "2 hours, 3 minutes")
    if q.kind in ("number", "duration"):
        return "year" if m.subject == "age" else None      # ages are the only other unitless/duration limits
    if q.kind == "percent":
        return "percent"
    return q.unit if q.unit not in ("year", "percent") else None


# A share's level, said outright or as where a change ended: "turnout of", "the pass rate rose to",
# "literacy climbed to a record", "improved from 62% to" (never "rose by 12%" or "rose 12%": a change).
_SHARE_LEVEL = (r"(?:\s+(?:rate|ratio|percentage|level|figure))?(?:\s+(?:has|had|have|was|is|were|also|now|then|further|"
                r"finally|eventually|reportedly))*\s+(?:of|was|is|at|stood\s+at|stands\s+at|reached|hit|touched|"
                # a level's top or its mean is a level too: "humidity peaked at", "topped out at", "averaged"
                r"peaked\s+at|peaking\s+at|topped\s+out\s+at|maxed\s+out\s+at|averaged|averaging|"
                r"(?:rose|risen|climbed|jumped|increased|improved|soared|surged|grew|shot\s+up|went\s+up|"
                r"leapt|leaped|edged\s+up|crept\s+up|inched\s+up)(?:\s+from\s+[\d.,]+\s*(?:%|per\s*cent|percent|pc))?"
                r"\s+to|(?:rose|risen|climbed|jumped|increased|improved|soared|surged|grew|fell|dropped|declined|"
                r"decreased|went\s+(?:up|down))\s+from|ranged\s+from|ranging\s+from|between|came\s+in\s+at|came\s+to|"
                r"settled\s+at|ended\s+at)"
                # "a record high of", "an all-time high of", "a staggering", "an impossible": words about the level
                r"(?:\s+(?:a|an)(?:\s+(?!of\b)[\p{L}-]+){0,3}?(?:\s+of)?)?"
                r"(?:\s+(?:about|nearly|around|some|almost|roughly|over|more\s+than))?")
# Between a share's name and its level, a place and an aside with no figure in them: "the pass rate in Lagos, the
# commercial capital, was", "turnout in the Ashanti and Eastern regions, both party strongholds, reached" (never a
# ratio to something else: "in relation to GDP", "in terms of output")
_SHARE_WHERE = (r"(?:\s+(?:there|here|nationally|nationwide|overall|locally|officially))?"
                r"(?:\s+(?:this|last)\s+(?:year|month|week|time|term|round|season)|\s+(?:in|for)\s+(?:19|20)\d\d"
                r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                r"(?:\s+(?:in|across|at|among|throughout|nationwide)(?![^,;:]*\b(?:GDP|relation|relative|ratio|terms|"
                r"compared|output|income|revenue)\b)(?:\s+[\p{L}'’.-]+){1,6}?)?"
                r"(?:\s*,\s+(?!(?:and|but|or|as|while|which\s+(?:rose|fell|grew|increased))\b)[^,;:()\d%]{1,60}?,)?")
# "112% of candidates passed", "112 per cent of registered voters cast ballots": the whole is people
_WHOLE = (r"(?:(?:the|all|registered|eligible|enrolled|those|its|their|adult|young|school|female|male|"
          r"[\p{L}-]+['’]s)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:who\s+|that\s+)?(?:have\s+|had\s+|were\s+|are\s+|can\s+)?"
          r"(?:now\s+|also\s+|successfully\s+)?")
# After a turnout's level, what makes it a multiple of another turnout rather than a share of the voters: "104% of
# the 2019 level", "of last time's turnout", "above the previous record"
_TURNOUT_RELATIVE = regex.compile(
    r"\A\s*(?:%|per\s*cent|percent)?\s*(?:(?:above|higher|more|over|compared|relative|against|up|down)\b|"
    r"of\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:level|levels|turnout|turnouts|figure|figures|record|total|target|capacity|"
    r"average|norm|previous|last|(?:19|20)\d\d)\b)", regex.I)
_RELATIVE_AFTER = regex.compile(r"\A\s*(?:%|per\s*cent|percent)?\s*(?:of\s+(?:the|its|their|a|an|last|this|that|"
                                r"what|target|capacity|budget|level|previous|pre-)|above|higher|more|over|compared|"
                                r"relative|against)\b", regex.I)


# A row whose words are shared with another measure is read only in its own setting: the occupancy of hotels (a
# hospital ward, a prison or a camp holds more people than its beds: "bed occupancy of 120%"; a train or a stadium
# more than its seats)
_LIMIT_SETTINGS = {
    "hotel occupancy": (
        regex.compile(r"\b(?:hotels?|hoteliers?|motels?|resorts?|guesthouses?|hostels?|inns?|rooms?|lodging|"
                      r"accommodation|touris[mt]s?|holidaymakers|visitors)\b", regex.I),
        regex.compile(r"\b(?:hospitals?|wards?|beds?|bed-occupancy|patients?|ICU|intensive\s+care|clinics?|"
                      r"emergency|prisons?|jails?|cells?|inmates|detention|camps?|shelters?|schools?|classrooms?|"
                      r"dormitor(?:y|ies)|hostels?\s+for|care\s+homes?|nursing\s+homes?|trains?|buses|flights?|seats?|"
                      r"passengers|stadiums?|venues?|offices?)\b", regex.I)),
}


def _in_setting(setting: tuple[regex.Pattern, regex.Pattern], sentence: str) -> bool:
    said, other = setting
    return bool(said.search(sentence)) and not other.search(sentence)


@functools.lru_cache(maxsize=8)
def _limit_rows(data: ReferenceData) -> dict[str, tuple[_Limit, ...]]:
    """The limits table by unit, alias patterns compiled once per loaded table."""
    by_unit: dict[str, list[_Limit]] = {}
    for row in data.limits:
        if row["subject"] in (WATER_SUBJECT, LAND_SUBJECT):
            continue    # a sea's or a lake's own temperature is read by `_water_limit`, never near an alias; the
            # land's coldest by FC210 (`plausibility_records`)
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        words = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
        percent = row["unit"] == "percent"
        by_unit.setdefault(row["unit"], []).append(_Limit(
            row, turnout=any("turnout" in a.lower() for a in aliases), one_day="one day" in row["subject"],
            before=regex.compile(rf"\b(?:{words}){_SHARE_WHERE}{_SHARE_LEVEL}\s*\Z", regex.I) if percent else None,
            after=regex.compile(rf"\A\s+(?:{words})\b", regex.I) if percent else None,
            of_whole=regex.compile(rf"\A\s+of\s+{_WHOLE}(?:{words})\b", regex.I) if percent else None,
            near=regex.compile(rf"\b(?:{words})(?:s|es)?\b", regex.I) if words and not percent else None,
            share=percent and "share" in aliases, low=row.number("min"), high=row.number("max"),
            setting=_LIMIT_SETTINGS.get(row["subject"])))
    return {unit: tuple(rows) for unit, rows in by_unit.items()}


def _words_said(story: Story, s0: int, s1: int, sentence: str, things, copy_words) -> bool:
    """Does the sentence say one of a rule's ignore or clause words? (once per sentence and word lists)"""
    cache = story.cache.setdefault("plausibility.words_said", {})
    key = (s0, s1, things, copy_words)
    said = cache.get(key)
    if said is None:
        said = cache[key] = bool(things is not None and things.search(sentence)
                                 or copy_words is not None and copy_words.search(sentence))
    return said


@functools.lru_cache(maxsize=32)
def _ignore_pattern(words: tuple[str, ...]) -> regex.Pattern | None:
    """A rule's `ignore_words` as one pattern, compiled once per word list."""
    if not words:
        return None
    # "feels like" is also written "feels-like", "water heater" "water-heater"
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
                         + r")(?:s|es)?\b", regex.I)


# The electorate after a turnout's level: "of the 18.8 million registered voters", "of the complex's 2,180 households"
_ELECTORATE_AFTER = regex.compile(
    r"\A\s*(?:%|per\s*cent|percent)?\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[\p{L}'’-]+['’]s\s+)?"
    r"(?:(?:about|around|some|nearly|roughly|over)\s+)?(?:[\d,.]+\s+(?:(?:million|lakh|crore|thousand)\s+)?)?"
    r"(?:(?:registered|eligible|enrolled|qualified|listed)\s+)?"
    r"(?:voters|electors|electorate|households|members|shareholders|unit\s+owners|owners|residents|delegates)\b",
    regex.I)


# Voters as the whole a percentage is of, whatever the verb ("drew", "cast", "took part", "casting ballots")
_VOTERS_AFTER = regex.compile(
    r"\A\s*(?:%|per\s*cent|percent)?\s+of\s+(?:(?:the|all|its|their)\s+)?"
    r"(?:(?:about|around|some|nearly|roughly|over)\s+)?(?:[\d,.]+\s+(?:(?:million|lakh|crore|thousand)\s+)?)?"
    r"(?:(?:registered|eligible|enrolled|qualified)\s+)?(?:voters|electors|electorate)(?![\p{L}'’])", regex.I)
# A level put first: "At 109.6 per cent, turnout was ..."
_AT_FRONT = regex.compile(r"\s*[\"“]?(?i:at)\s+(?:(?:about|around|nearly|almost|some|just\s+over|over)\s+)?")
_TURNOUT_NEXT = regex.compile(r"\s*(?:%|per\s*cent|percent)?\s*,\s+(?:(?:the|voter|overall|national|final)\s+)*"
                              r"turnout\b", regex.I)


def _limit_applies(limit: _Limit, m: Measure, story: Story) -> bool:
    """Does a limits row speak about this figure? Unit must match and the subject be named near it."""
    q = m.quantity
    row = limit.row
    unit = row["unit"]
    s0, s1 = m.sentence
    prose = story.doc.prose
    if unit == "year":
        # ages: "a 135-year-old voter", "aged 135"; never "135 years" of anything else
        if m.subject != "age" or "age" not in row["subject"]:
            return False
        if _age_of_a_thing(prose, s0, _core(story, m).start):
            return False    # "The tortoise, aged 190,", "trees, some of them 200 years old": not a person's age
        if q.kind == "duration" and q.unit == "year":
            return bool(_HUMAN_AFTER.match(prose[m.span.end:s1]))
        return q.kind == "number"
    if unit == "percent":
        if q.kind != "percent" or q.unit != "percent":
            return False
        if limit.setting is not None and not _in_setting(limit.setting, prose[s0:s1]):
            return False    # "occupancy of 108%" on a hospital ward: more patients than beds
        if m.subject == "turnout" and limit.turnout:
            # "turnout rose 104% from 2019" is a change, not the share; "115 per cent above the 2021 by-election"
            # a multiple of another turnout
            right = prose[q.end:s1]
            return not _CHANGE_BY.search(prose[s0:_core(story, m).start]) and (
                bool(_ELECTORATE_AFTER.match(right)) or not _TURNOUT_RELATIVE.match(right))
        right = prose[q.end:s1]
        if limit.before.search(prose[s0:_core(story, m).start]):
            # "rose to 104% of the 2019 level" compares with something else; "turnout reached 104% of the
            # complex's 2,180 households" names the whole the turnout is a share of
            if limit.turnout and (_ELECTORATE_AFTER.match(right) or not _TURNOUT_RELATIVE.match(right)):
                # a turnout "of the electoral roll", "of those eligible": a share of whoever may vote; only a
                # turnout "of the 2019 level", "above last time's" compares with something else
                return True
            return not _RELATIVE_AFTER.match(right)
        if limit.after.match(right) or limit.of_whole.match(right[:120]):
            return True
        if limit.turnout and _VOTERS_AFTER.match(right) and not _CHANGE_BY.search(prose[s0:_core(story, m).start]):
            return True     # "109.6 per cent of the 18.8 million registered voters": a share of the electorate
        if limit.turnout and _AT_FRONT.fullmatch(prose, s0, _core(story, m).start) and _TURNOUT_NEXT.match(right):
            return True     # "At 109.6 per cent, turnout was well above ..."
        return limit.share and share_of_group(story, m)
    if q.kind not in ("physical", "duration") or q.unit != unit:
        return False    # (a race time is a duration: "won the 100 metres in 8.94 seconds")
    if q.kind == "duration" and not _RACE_TIME_BEFORE.search(prose, max(s0, q.start - 24), q.start):
        return False    # a time, but not the race's ("reached the runner within 8 seconds")
    if q.kind == "duration" and _NOT_THE_FULL_RACE.search(prose[s0:s1]):
        return False    # a half marathon, a relay leg, a split: not the full distance's record
    if _ANGLE.search(q.text):
        return False            # "a 180-degree turn" is an angle
    if limit.one_day and (not _ONE_DAY.search(prose[s0:s1]) or _LONGER_THAN_A_DAY.search(_own_stretch(story, m))):
        return False
    if _GAP_BEFORE.search(prose, max(s0, q.start - 70), _core(story, m).start) or _GAP_AFTER.match(prose, q.end, s1):
        return False    # "raised the mark by a total of 14 centimetres", "30 centimetres clear of": a gap, no level
    # (a race time is read against its race named anywhere in the sentence: "won the men's 100 metres at the
    # championships in Regina on Sunday, clocking 8.91 seconds")
    window = prose[s0:s1] if q.kind == "duration" else prose[max(s0, q.start - 80):min(s1, q.end + 60)]
    if limit.near is not None and limit.near.search(window):
        return True
    return row["subject"] == "air temperature" and _weather_reading(story, m)


_RACE_TIME_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|clocked|clocking|time\s+of|timed\s+at|record\s+of|finished\s+in|"
                                  r"crossed\s+the\s+line\s+in|ran|won\s+in)\s+(?:a\s+|an\s+)?\Z", regex.I)
_NOT_THE_FULL_RACE = regex.compile(r"(?<![\p{L}])(?:halfway|half-way|half[\s-]+marathon|ultra[\s-]*marathon|relay|split|leg|lap|"
                                   r"wheelchair|hurdles|heats?\s+and|reaction\s+time)(?![\p{L}])", regex.I)
_TEMPERATURE_UNITS = ("degree Celsius", "degree Fahrenheit")
# Before a temperature these say what the day reached, not a bound on it: a weather "maximum" is a reading.
_REACHED_HEDGES = frozenset({"a maximum of", "up to"})
# a speed "of up to" is the top speed it reaches: "trains that run at up to 3,000km/h"
_SPEED_UNITS = frozenset({"kilometre per hour", "mile per hour", "metre per second"})
# The Celsius range a slip in weather copy stays inside (a digit or Fahrenheit slip: "61.8C", "125C"); a figure
# outside it beside an oven, a fire or liquid nitrogen is the thing's own temperature
_WEATHER_SLIPS = (-100.0, 140.0)
_CHANGE_BY = regex.compile(r"\b(?:rose|risen|rises|climbed|jumped|increased|grew|fell|dropped|declined|decreased|"
                           r"surged|soared|slumped|plunged|up|down)(?:\s+by)?(?:\s+(?:about|nearly|around|some|almost|"
                           r"roughly|over|more\s+than))?\s*\Z", regex.I)
_CLOSE_BELOW = regex.compile(r"(?:nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))\Z", regex.I)
_ANGLE = regex.compile(r"-degrees?\b", regex.I)
# An air temperature need not say "temperature": "Sri Ganganagar sizzled at 60.4C".
_SCALE_WRITTEN = regex.compile(r"°|º|\d\s*[CF]\b|\bdeg\.?\s*[CF]\b|Celsius|Fahrenheit|centigrade", regex.I)
_WEATHER_WORDS = regex.compile(
    r"\b(?:temperatures?|mercury|heat|heatwaves?|hot|hotter|hottest|scorch\w*|sizzl\w*|swelter\w*|blister\w*|"
    r"searing|sun|sunny|weather|meteorolog\w*|forecast\w*|thermometers?|maximum|minimum|cold|colder|coldest|"
    r"freezing|chill\w*|frost\w*|warm\w*|summer|winter|degrees)\b", regex.I)
_STORY_WEATHER = regex.compile(r"\b(?:heat\s*waves?|temperatures?|mercury|meteorolog\w*|weather|hottest|"
                               r"coldest|cold\s*waves?|Met\s+Office|forecasters?)\b", regex.I)
_REACHED_BEFORE = regex.compile(
    r"\b(?:hit|hits|reached|reaches|touched|touches|recorded|registered|logged|soared\s+to|climbed\s+to|rose\s+to|"
    r"peaked\s+at|(?:topped|maxed)\s+out\s+at|topped|crossed|sizzled\s+at|sweltered\s+(?:at|in|through)|"
    r"shivered\s+(?:at|in|through)|endured|plunged\s+to|dropped\s+to|fell\s+to)"
    # the level's own words: "a record high of", "a scorching", "an unprecedented", "a bone-chilling"
    r"(?:\s+(?:a\s+)?(?:record|high|maximum|minimum|low|peak)(?:\s+of)?|\s+an?(?:\s+(?!of\b)[\p{L}-]+){1,3}?"
    r"(?:\s+of)?)?\s*\Z", regex.I)
# "60 degrees in the shade": only the air is measured in the shade
_IN_THE_SHADE = regex.compile(r"\s+in\s+the\s+shade\b", regex.I)


def _reached(story: Story, m: Measure) -> bool:
    """A temperature's "a maximum of" / "up to" is what a place reached or will reach, not a rating's bound."""
    if m.quantity.unit not in _TEMPERATURE_UNITS:
        return False
    s0, s1 = m.sentence
    prose = story.doc.prose
    return bool(_REACHED_BEFORE.search(prose[s0:_core(story, m).start]) or _WEATHER_SUBJECT.search(prose, s0, s1))


# Words that make a sentence's temperature the weather's ("maximum" alone may be a machine's rating).
_WEATHER_SUBJECT = regex.compile(r"\b(?:temperatures?|mercury|heat\s*waves?|highs|hottest|coldest|forecast\w*|"
                                 r"meteorolog\w*|weather)\b", regex.I)


# a place that "hit 146 degrees, breaking the city's all-time record" is read by its weather record
# A room's or a vehicle's temperature, which may pass any air record
_INDOORS = regex.compile(r"\b(?:inside|indoors?|in\s+(?:the|their|a)\s+(?:homes?|houses?|rooms?|classrooms?|cabins?|"
                         r"vehicles?|buses|trains?|cars?))\b", regex.I)
_RECORD = regex.compile(r"\brecords?\b", regex.I)
# the words of a place's reading (not "summer" or "hot", which a drink or an oven shares)
_READING_WORDS = regex.compile(r"\b(?:hottest|coldest|warmest|hotter|colder|mercury|temperatures?|maximum|minimum|"
                               r"swelter\w*|scorch\w*|sizzl\w*|baked|baking)\b", regex.I)
# a level right before a bare reading: "at 63.4 degrees", "of about 62 degrees"
_LEVEL_AT = regex.compile(r"\b(?:at|of)\s+(?:(?:about|around|nearly|almost|some|roughly|over|a\s+[\p{L}-]+)\s+)?\Z",
                          regex.I)
_BARE_DEGREES = regex.compile(r"\d\s+degrees?\Z", regex.I)
# the weather words of a sentence other than the unit itself
_WEATHER_NOT_DEGREES = regex.compile(_WEATHER_WORDS.pattern.replace("|degrees)", ")"), regex.I)


def _weather_reading(story: Story, m: Measure) -> bool:
    """A °C/°F figure in a weather sentence, a weather story, or reached by a place ("Jacobabad hit 51C")."""
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    if not _SCALE_WRITTEN.search(q.text):
        # "a 180-degree turn" is an angle and "5 degrees above normal" a gap; bare degrees that a place or a
        # weather station reached ("the station at Topock recorded 146 degrees") are the air's, in either scale
        before = prose[s0:_core(story, m).start]
        reached = _REACHED_BEFORE.search(before) or _IN_THE_SHADE.match(prose, q.end) or (
            # "Banda was the hottest place in the state at 63.4 degrees": a place's reading, its weather
            # word before the level ("the mercury stood at", "a maximum of")
            _LEVEL_AT.search(before) and _READING_WORDS.search(before))
        return bool(_BARE_DEGREES.search(q.text) and reached
                    and (_WEATHER_NOT_DEGREES.search(prose[s0:s1]) or _STORY_WEATHER.search(prose)
                         or _RECORD.search(prose, s0, s1)))
    if _WEATHER_WORDS.search(prose[s0:s1]) or _REACHED_BEFORE.search(prose[s0:_core(story, m).start]):
        return True
    return story.memo("plausibility.weather", lambda s: bool(_STORY_WEATHER.search(s.doc.prose)))


def _limit_suggestion(q: Quantity, row: Row) -> slips.Reading | None:
    """Celsius written for Fahrenheit is the one slip common enough to suggest."""
    if row["unit"] == "degree Celsius" and q.value is not None:
        celsius = (q.value - 32) * 5 / 9
        low, high = row.number("min"), row.number("max")
        if (low is None or celsius >= low) and (high is None or celsius <= high):
            return slips.Reading("Fahrenheit-for-Celsius", f"{slips.number(celsius, 3)}C", celsius)
    return None


def _unit_symbol(unit: str) -> str:
    return {"degree Celsius": "C", "degree Fahrenheit": "F", "percent": "%", "year": " years",
            "kilometre per hour": " km/h", "millimetre": "mm", "metre": "m", "centimetre": "cm"}.get(unit, f" {unit}")


def _core(story: Story, m: Measure) -> Span:
    from ..subjects import core_span
    return core_span(story, m.quantity)


def _bounds(q: Quantity) -> tuple[float, float]:
    """The interval a figure stands for; "more than N" is open above, "fewer than N" below."""
    value = q.value or 0.0
    lo = q.low if q.low is not None else (0.0 if q.high is not None else value)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else value)
    return lo - q.precision, hi + q.precision


def _published(story: Story) -> dt.date | None:
    return story.doc.publication_date


def _rows_for_year(rows: list[Row], year: int | None, published: dt.date | None, max_gap: int) -> list[Row]:
    if not rows:
        return []
    years = sorted({int(r["year"]) for r in rows})
    if year is not None:
        nearest = min(years, key=lambda y: abs(y - year))
        if abs(nearest - year) > max_gap:
            return []
    else:
        usable = [y for y in years if published is None or y <= published.year]
        if not usable:
            return []
        nearest = usable[-1]
        if published is not None and published.year - nearest > max_gap:
            return []
    return [r for r in rows if int(r["year"]) == nearest]


_FUTURE_PEOPLE_FACTOR = 3.0     # no country's population has tripled within a generation's projections


def _year_close(year: int | None, table_year: str | None, max_gap: int) -> bool:
    if year is None or not table_year:
        return True
    return abs(int(year) - int(table_year)) <= max_gap


# A state's or province's output per head against its nation's: the richest first-level regions of large
# countries (Massachusetts, Goa, Sikkim, Beijing) are at about two to three times it, the poorest (Bihar) a third
REGION_PER_HEAD_HIGH = 5.0
REGION_PER_HEAD_LOW = 0.05

# "Ohio's $6.8 trillion economy", "Ohio's economy, worth about", "Punjab's GDP of": a region's own economy
_REGION_OWNS = r"['’]s\s+(?:(?:estimated|annual|whole|entire|nominal|state|provincial|roughly|about|nearly|some)\s+)*"


def _region_economy(story: Story, m: Measure) -> Row | None:
    """The regions.csv row whose economy the figure is, by a possessive straight before the figure ("the
    researchers put Ohio's $680bn economy") or before its economy noun ("Ohio's economy, worth"); the region
    must be in the story's own country or one the sentence names (Punjab is India's and Pakistan's)."""
    from .plausibility_regions import _table as region_table
    table = region_table(story)
    if table is None or m.position not in ("before", "after"):
        return None
    pattern, rows = table
    prose = story.doc.prose
    left = prose[m.sentence[0]:m.quantity.start]
    tail = left
    if m.position == "before":
        at = left.lower().rfind(m.phrase.lower())
        if at < 0:
            return None
        tail = left[:at]
    found = None
    for hit in pattern.finditer(tail):
        if regex.fullmatch(_REGION_OWNS, tail[hit.end():]):
            found = hit
    if found is None:
        return None
    places = {story.doc.country, *m.countries}
    chosen = [r for r in rows[found.group(0)] if r["country"] in places]
    return chosen[0] if len(chosen) == 1 else None


def _country(story: Story, code: str) -> Row | None:
    return country_index(str(story.data.folder)).by_code.get(code)


def _pair_names(story: Story, pair: tuple[str, str]) -> str:
    """"Pakistan–Iran": the story's own country first."""
    first = story.doc.country if story.doc.country in pair else None
    ordered = sorted(pair, key=lambda c: (c != first, story_countries(story).index(c)
                                          if c in story_countries(story) else 99))
    return "–".join((_country(story, c) or {"name": c})["name"] for c in ordered)


def _local_currencies(story: Story) -> list[str]:
    codes = []
    for code in ([story.doc.country] if story.doc.country else []) + list(story_countries(story)[:2]):
        row = _country(story, code)
        if row is not None:
            for cur in (row.get("currency") or "").split("|"):
                if cur and cur not in codes:
                    codes.append(cur)
    return codes


def _own_currencies(story: Story, code: str) -> list[str]:
    row = _country(story, code)
    return [c for c in ((row.get("currency") or "").split("|") if row else []) if c]


def _count_style(q: Quantity) -> str:
    return slips.style_of(q.text)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


# -- the figure's own clause and country ----------------------------------------------

# What ends a figure's clause before a later year: "22 million people, last counted in 2006" (but not
# "22 million people, according to the 2023 estimate" or "5.3 million in 2024")
_NEW_CLAUSE = regex.compile(
    r"[,;:\u2014\u2013]\s*(?!(?:according|as\s+of|in|at|by|per|from|based|estimated|census|data|figures|estimates|"
    r"up|down)\b)|\b(?:when|while|whereas|but|since|after|before|last|first|previous|previously|until|compared|"
    r"that|which|where|who|whose)\b",
    regex.I)


# Before a year: when a series or a record began, which dates no figure of it ("since records began in 1968",
# "the biggest drop since 1968")
_SERIES_START = regex.compile(r"(?<![\p{L}])(?:since|(?:began|begun|started|starting|first\s+compiled|first\s+kept)\s+in)"
                              r"\s+\Z", regex.I)


def _clause_year(story: Story, m: Measure) -> int | None:
    """The year written nearest the figure, leaving out one that a later clause places something else in."""
    if m.year is None:
        return None
    from ..subjects import _written_years
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    best: tuple[int, int] | None = None
    for other, year in _written_years(story):
        if other is q or not (s0 <= other.start < s1):
            continue
        if other.start >= q.end and _NEW_CLAUSE.search(prose, q.end, other.start):
            continue
        if _SERIES_START.search(prose, max(s0, other.start - 40), other.start):
            continue    # "the biggest drop since the survey began in 1968": when the count began, not the figure's year
        distance = abs(other.start - q.start)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


# "a country of", "the nation's", "this republic of": the figure is one whole country's head count
_COUNTRY_OF = regex.compile(
    r"(?:\b(?:country|nation|republic|kingdom|emirate|sultanate|monarchy|city-state)\s+of|\b(?:country|nation)['’]s)\s+(?:(?:about|around|some|roughly|nearly|"
    r"almost|over|more\s+than|just\s+over|just\s+under|an\s+estimated|approximately|close\s+to)\s+)?\Z", regex.I)
# A whole wider than one country in the figure's own words: it may hold more people than any country
_WIDER_WHOLE = regex.compile(r"\b(?:world|world's|global|globe|planet|continent|region|regions|bloc|union|"
                             r"countries|nations|combined|together|Africa|Asia|Europe|Americas?|subcontinent)\b",
                             regex.I)


_PRODUCES_BEFORE = regex.compile(r"(?<![\p{L}])(?:produces|produced|generates|generated)\s+(?:[\p{L}]+\s+){0,2}\Z",
                                 regex.I)


def _wider_as_country(story: Story, m: Measure) -> bool:
    """ "If South Asia were a country of 1.9 billion people", "the region as a country of": a wider whole in the
    figure's clause before "a country of" is what the figure counts."""
    return bool(_COUNTRY_OF.search(story.doc.prose, max(m.sentence[0], m.span.start - 40), m.span.start)
                and _WIDER_WHOLE.search(without_asides(story.doc.prose[max(m.sentence[0], m.span.start - 80):
                                                                        m.span.start])))


def _owners_with_population(story: Story, by: int | None = None) -> list[Row] | None:
    """Every country that may own a head count the sentence gives no owner: the story's own first, then each
    country it names (by the end `by` of the figure's sentence where given: "a kingdom of about 15 million people"
    cannot point forward to Saudi Arabia, named only in the next sentence). None where there is none, or one has
    no population in the table (it may own any size)."""
    home = story.doc.country
    prose = story.doc.prose
    # ("NZ$9bn, or roughly US$5.7bn": a currency mark names no country that may own the head count)
    named = ranked_countries(story_mentions(story).named_within(story.doc.body_start, len(prose) if by is None else by))
    owners = tuple(dict.fromkeys(((home,) if home else ()) + tuple(named)))
    rows = [_country(story, code) for code in owners]
    if not rows or any(r is None or r.number("population") is None for r in rows):
        return None
    return rows


@functools.lru_cache(maxsize=8)
def _most_populous(data: ReferenceData) -> Row | None:
    """The countries table's most populous country (an owner-free bound on any country's head count)."""
    rows = [r for r in data.countries if r.number("population")]
    return max(rows, key=lambda r: r.number("population")) if rows else None


# What makes a head count a part of the population it names later: "..., or a tenth of its population"
_SHARE_OF_POPULATION = regex.compile(
    r"\A\s*,\s*(?:or|about|nearly|roughly|some|almost|around|over|more\s+than|less\s+than|representing|"
    r"accounting\s+for)\s+(?:a|an|one|two|three|\d)[^,;.]{0,40}?(?:\bof\s+(?:the|its|their|all)\b|%|"
    r"\bper\s*cent|\bpercent)|\b(?:of\s+(?:the|its|their|the\s+country['’]s|the\s+nation['’]s)|"
    r"its|their)\s+(?:total\s+|entire\s+|whole\s+|adult\s+)?population\b", regex.I)


# A bare economy noun at the head of its clause: "Gross domestic product reached ...", "the country's GDP was"
_BARE_ECONOMY = regex.compile(
    r"(?:\A|[.;:!?\"“”(]\s*|\b(?:said|says|showed|shows|that|while|as|when|and)\s+)\s*"
    r"(?:(?:the|its|nominal|national|overall|total|annual|full-year|size\s+of|(?:the\s+)?(?:country|nation)['’]s)\s+)*\Z",
    regex.I)
# Anywhere in the sentence, an economy no one else owns: "put the size of the economy at", "estimated GDP at",
# "the national economy, worth". Only determiners and whole-economy words stand before the noun, and before
# them no owner: a possessive ("the city's"), a capitalised name, "of" ("a share of GDP") or a part ("the
# digital economy", "regional GDP", "world GDP").
_UNOWNED_ECONOMY = regex.compile(
    r"(?:(?<![\p{L}])(?P<size>size|value|worth)\s+of\s+)?"
    r"(?:(?<![\p{L}])(?:the|its|this|a|an)\s+)?(?:(?:country|nation)['’]s\s+)?"
    r"(?:(?:national|overall|whole|entire|total|nominal|annual|full-year|domestic|headline)\s+)*\Z", regex.I)
_ECONOMY_OWNER_BEFORE = regex.compile(
    r"(?:['’]s?|(?<![\p{L}])(?:of|per|capita|regional|provincial|state|states|city|municipal|local|global|world|"
    r"digital|informal|rural|urban|green|blue|tourism|oil|non-oil|services|farm|agricultural|creative|shadow|"
    r"underground|black|cash|sector|industrial|mining|manufacturing|private|public|household|island|"
    r"mainland|emirate|province|county|district|metropolitan|area|zone|[\p{Lu}][\p{L}.'’-]*))\s*\Z")
_PER_PERSON_AFTER = regex.compile(r"\A[\s-]*(?:per\s+(?:capita|head|person|inhabitant)|growth|deflator)\b", regex.I)
# "the $4.3tn economy", "a $430bn economy", right after the figure
_ECONOMY_AFTER = regex.compile(r"\A\s+(?:(?:national|domestic|whole)\s+)?economy\b", regex.I)
_DETERMINER_BEFORE_FIGURE = regex.compile(r"(?<![\p{L}])(?:the|a|an|its|this)\s+(?:(?:country|nation)['’]s\s+)?"
                                          r"(?:(?:estimated|roughly|nearly|about|some|almost)\s+)?\Z", regex.I)


def _home_economy(story: Story, m: Measure) -> str | None:
    """The story's own country for an economy that names no owner ("Gross domestic product reached 134.9 trillion
    yuan", "put the size of the economy at $430bn", "the $430bn economy").

    Only where no one else owns the economy noun (no possessive, name or part before it), the sentence names no
    other country, the story is mostly about its own country and the sentence before names no other by name.
    """
    home = story.doc.country
    own = _own_countries(story, m)
    if not home or not m.phrase or any(c != home for c in own):
        return None
    if not own and not _home_story(story, home):
        # (named no less often than any other: a tie with the front matter's country is home; a sentence that
        # names the home country itself, "Armenia's economy grew ..., taking GDP to", needs no such count)
        return None
    s0 = m.sentence[0]
    prose = story.doc.prose
    if m.position == "before":
        left = prose[s0:m.quantity.start]
        at = left.lower().rfind(m.phrase.lower())
        if at < 0 or _PER_PERSON_AFTER.match(left[at + len(m.phrase):]):     # sliced: `\A` does not match at pos
            return None
        if not (_BARE_ECONOMY.search(left[:at]) or _unowned(left[:at], home)):
            return None
    elif m.position == "after":
        # "the $430bn economy": nothing but the noun after the figure, a determiner before it
        # (sliced: `\A` does not match at a search's start position)
        if not (_ECONOMY_AFTER.match(prose[m.quantity.end:m.sentence[1]])
                and _DETERMINER_BEFORE_FIGURE.search(prose, max(s0, m.quantity.start - 40), m.quantity.start)):
            return None
    else:
        return None
    if partial(story, m) or (not own and _other_country_before(story, s0, home)) or _part_economies(story):
        return None
    # (where the country ranks is no part of it: "one of the deepest falls in the region" is among its neighbours)
    sentence = without_rankings(prose[s0:m.sentence[1]])
    if _SUBNATIONAL.search(sentence):
        return None     # "GDP reached 3.1 trillion yuan in the province"
    names = _country_words(str(story.data.folder))[0]
    # only the figure's own words place it: "..., which the World Bank conferred in July 2020" does not
    # (nor where it ranks: "one of the fastest rates in Europe and Central Asia" names no owner)
    words = without_rankings(prose[s0:m.quantity.start] + " " + clause_right(story, m))
    for place in _IN_PLACE.findall(words):
        place = _POSSESSIVE_END.sub("", place)     # "figures for Ireland's output": the country's own
        if place not in names and not _MONTH_OR_DAY.fullmatch(place):
            return None     # "... in Guangdong", "... in Lagos": a place's output, not the nation's
    return home


def _own_countries(story: Story, m: Measure) -> set[str]:
    """The countries named in the figure's own words: its sentence up to the figure and its clause after it
    ("the economy, worth about $460bn, faces pressure ... since the war in Ukraine began": not Ukraine)."""
    if not m.countries:
        return set()
    end = m.quantity.end + len(clause_right(story, m))
    prose = story.doc.prose
    # "US$653 billion", "3.2 trillion US dollars": a currency's name, not the United States
    return {x.code for x in story_mentions(story).within(m.sentence[0], end)
            if not prose.startswith("$", x.end) and not _DOLLARS_AFTER.match(prose, x.end)}


_DOLLARS_AFTER = regex.compile(r"\s+dollars?\b", regex.I)


# an economy described with the indefinite article after "of": "a pillar of an economy of", "the backbone of an economy"
_PILLAR_OF_AN = regex.compile(r"(?<![\p{L}])(?:pillar|backbone|engine|mainstay|cornerstone|bedrock|driver|heart)\s+of\s+an\s+\Z",
                              regex.I)


def _unowned(left: str, home: str) -> bool:
    """Does the economy noun that follows `left` stand without an owner ("estimated GDP at", "put the size of the
    economy at"), or with the home country's own name or demonym ("the Vietnamese economy")?"""
    np = _UNOWNED_ECONOMY.search(left)
    rest = left[:np.start()] if np else left
    if np and np.group("size"):
        return True     # "the size of the economy"
    if not rest.strip():
        return True     # the sentence opens with it
    if _PILLAR_OF_AN.search(left):
        return True     # "a pillar of an economy of roughly $860 billion": the economy the story is about
    owner = _ECONOMY_OWNER_BEFORE.search(rest)
    if owner is None:
        return True
    word = owner.group().strip()
    names, demonyms = _country_words_home(home)
    return word in names or word in demonyms


def _country_words_home(home: str) -> tuple[frozenset[str], frozenset[str]]:
    """The home country's names and demonyms ("Viet Nam", "Vietnamese")."""
    row = country_index().by_code.get(home) or {}
    names = {w.strip() for cell in ("name", "aliases") for w in (row.get(cell) or "").split("|") if w.strip()}
    demonyms = {w.strip() for w in (row.get("demonyms") or "").split("|") if w.strip()}
    # a name of several words is met by its last one here ("Viet Nam", "the United States")
    return frozenset(names | {n.split()[-1] for n in names}), frozenset(demonyms)


_MONTH_OR_DAY = regex.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{4})?")
_IN_PLACE = regex.compile(r"\b(?:in|across|for)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)")


# An economy that is a part of the country's: "Abu Dhabi's non-oil economy", "the emirate's GDP"
_PART_ECONOMY = regex.compile(
    r"(?:(?P<owner>[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})|\b(?:the\s+)?(?P<part>emirate|state|province|"
    r"region|city|county|territory|municipality|prefecture|canton|district)s?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:economy|GDP|gross\s+domestic\s+product|output)\b")


def _part_economies(story: Story) -> bool:
    """Does the story speak of the economy of a place that is not a country (an emirate, a province, a city)?"""
    return story.memo("plausibility.part_economies", _names_part_economy)


def _names_part_economy(story: Story) -> bool:
    names = _country_words(str(story.data.folder))[0]
    for hit in _PART_ECONOMY.finditer(story.doc.prose):
        owner = hit.group("owner")
        if hit.group("part") or (owner and owner not in names and owner.split()[-1] not in names):
            return True
    return False


def _home_alone_near(story: Story, m: Measure, home: str) -> bool:
    """Is an unnamed owner ("the country's", "the island's") the story's own country: a story about home whose
    figure's sentence and the sentence before name no other country (a currency mark, "US$", names none)?"""
    s0, s1 = m.sentence
    return bool(home) and home == story.doc.country and _home_story(story, home) \
        and not _foreign_before(story, s0, s1, home) and not _other_country_before(story, s0, home)


def _other_country_before(story: Story, s0: int, home: str) -> bool:
    """Does the sentence before name (by name, not demonym or city) a country other than `home`?"""
    before = story.doc.sentence_before(s0)
    if before is None:
        return False    # the story's first sentence has none before it
    p0, p1 = before
    names = _country_words(str(story.data.folder))[0]
    prose = story.doc.prose
    # "US$405 billion" is a currency mark, not the United States; "dozens of US companies have set up plants" says
    # whose the firms are, and the sentence is still about home
    return any(x.code != home and prose[x.start:x.end] in names and not prose.startswith("$", x.end)
               and not _WHOSE_FIRMS_AFTER.match(prose, x.end)
               for x in story_mentions(story).within(p0, p1))


# A country's name used as a modifier of the firms or people who come from it ("US companies", "Japanese-owned
# investors" is a demonym's and never counts): it names whose they are, not what the sentence is about
_WHOSE_FIRMS_AFTER = regex.compile(r"\s+(?:companies|firms|multinationals|manufacturers|investors|brands|businesses|"
                                   r"corporations|groups|makers|chipmakers|carmakers|automakers|retailers|buyers|"
                                   r"importers|clients|customers|tourists|visitors)\b")


@functools.lru_cache(maxsize=8)
def _country_words(folder: str) -> tuple[dict[str, str], dict[str, str], str, str]:
    """Names and aliases, and demonyms ("Swiss exports"), each with its alternation (longest first)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for code, row in country_index(folder).by_code.items():
        for cell, into in (("name", names), ("aliases", names), ("demonyms", demonyms)):
            for word in (row.get(cell) or "").split("|"):
                word = word.strip()
                if len(word) >= 2:
                    into.setdefault(word, code)

    def alternation(words: dict[str, str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return names, demonyms, alternation(names), alternation(demonyms)


def _name(story: Story, code: str) -> str:
    return (_country(story, code) or {"name": code})["name"]


# -- national budget lines -------------------------------------------------------------

# (flag below/above, suggest within) as shares of GDP. A national budget is 10-40% of GDP almost everywhere
# (Bosnia's state level, the lowest, about 2.5%); a defence ministry gets 0.2-5% (Ireland's, among the
# lowest, about 0.2%): below 0.01% is a scale slip.
# A state spends at most about 60% of GDP (France, Finland), gross budgets with debt refinancing about half
# (Brazil), a war budget about half (Ukraine): a national budget above the whole economy is a slip, usually
# the currency mark ("$17.57 trillion" for Rs17.57 trillion). Only tiny, aid- or fund-financed economies (Tuvalu,
# Nauru, Kiribati) spend more than their GDP: below $10bn of GDP the ceiling is three times it.
_BUDGET_SHARES = {"ministry": ((1e-4, 0.6), (5e-4, 0.2)), "budget": ((0.005, 1.0), (0.03, 1.0))}
# (SMALL_ECONOMY_USD and SMALL_ECONOMY_CEILING live in plausibility_ceiling, which reads the same limit)


def _least_usd(story: Story, q: Quantity) -> float | None:
    """A money figure's least dollar value under every currency its mark may mean (None if one is unknown)."""
    on = _published(story)
    values = []
    for unit in (q.unit,) + tuple(q.alternatives):
        found = story.data.fx.to_usd(_bounds(q)[0], unit, on)
        if found is None:
            return None
        values.append(found[0])
    return min(values)


# A count of people above a billion is read only as a head count: "170 crore people", "1.7 billion citizens"
_MORE_PEOPLE_THAN = 1e9
# "28 billion foreign visitors", "international tourist arrivals": people who came from abroad, each once
_FOREIGN_VISITORS_AFTER = regex.compile(r"\s+(?:foreign|international|overseas|inbound)\s+(?:tourist\s+)?"
                                        r"(?:visitors|tourists|arrivals)(?![\p{L}'’-])", regex.I)
# "Argentina's 460 million people", "the country's about 59 million residents": a country's people by its possessive,
# the figure and a word for its people right after (whatever follows: "facing", "in some form")
_POSSESSED_PEOPLE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}.'’-])(?P<name>[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})|"
    r"(?<![\p{L}])(?:the|this|our)\s+(?:(?P<home>country|nation)|(?P<island>island|islands|archipelago|"
    # a word for the kind of state the story's country is: "the city-state's", "the kingdom's" (never "the state's":
    # a federation's state is a part)
    r"city[\s-]state|island\s+(?:nation|state)|kingdom|republic|emirate|sultanate|principality)))['’]s\s+"
    r"(?:(?:estimated|roughly|nearly|about|some|almost|around|over|more\s+than|fewer\s+than|approximately)\s+)?\Z")
# the people a body serves: "serves a population of", "which serve a combined population of about"
_SERVED_POPULATION = regex.compile(
    r"(?<![\p{L}])(?:serves?|served|serving|covers?|covered|covering)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:combined|total|"
    r"catchment|estimated)\s+)*population\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|"
    r"just\s+over|just\s+under|an\s+estimated|approximately|close\s+to)\s+)?\Z", regex.I)
_POSSESSED_PEOPLE_AFTER = regex.compile(r"\s+(?:people|residents|inhabitants|citizens|consumers|souls)(?![\p{L}'’-])")


def _possessed_people(story: Story, m: Measure) -> tuple[str, bool] | None:
    """(country, named?) for a head count a country's possessive owns ("Argentina's 460 million people"; the
    country unnamed for "the country's"), or None. A name must be a country's own (not a city's, a firm's)."""
    q = m.quantity
    prose = story.doc.prose
    if not _POSSESSED_PEOPLE_AFTER.match(prose, q.end, m.sentence[1]):
        return None
    hit = _POSSESSED_PEOPLE_BEFORE.search(prose, max(m.sentence[0], q.start - 60), q.start)
    if hit is None:
        return None
    if hit.group("home"):
        return (story.doc.country, False) if story.doc.country else None
    if hit.group("island"):
        # "the island's 28 million residents" in a story about an island state: its own people where nothing
        # else near can be the island (no other country in the sentence or the one before)
        home = story.doc.country
        return (home, True) if home and _home_alone_near(story, m, home) else None
    names = _country_words(str(story.data.folder))[0]
    words = hit.group("name").split()
    # "With Argentina's": the name is the longest run of the last capitalised words that is a country's
    code = next((names[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in names), None)
    return (code, True) if code else None
_PEOPLE_AFTER = regex.compile(r"\s+(?:people|citizens|inhabitants|residents|Bangladeshis|Pakistanis|Nigerians|"
                              r"Indonesians|mouths|souls)\b", regex.I)
# The people of more than the countries named: the world's, a continent's, a region's, or people counted as they
# come and go ("1.5 billion people travelled", "passengers", "visits")
_WIDER_PEOPLE = regex.compile(
    r"\b(?:world|worldwide|global\w*|globe|planet|humanity|mankind|continent\w*|Africa\w*|Asia\w*|Europe\w*|"
    r"America\w*|region\w*|Commonwealth|Muslims?|Christians?|Catholics?|Hindus?|ummah|diaspora|users?|customers?|"
    r"subscribers?|viewers?|audience|followers|listeners|readers|trips?|journeys|travel\w*|passengers?|visit\w*|"
    r"tourists?|pilgrims?|doses?|vaccinat\w*|cumulative|total\s+of|since|combined|together|year|years|annually|"
    # an audience or a platform's people, or a market's: "1.8 billion people use WhatsApp", "a market of 1.4 billion people"
    r"use|uses|used|using|watch\w*|television|TV|online|internet|apps?|platforms?|social|stream\w*|broadcast\w*|"
    r"tuned|markets?|bloc|union|economic|economies|zone|area|trade|free-trade|"
    r"every|each|per|a\s+day|a\s+week|a\s+month|daily|weekly|monthly)\b", regex.I)
# A story about the world's or a faith's people: none of its big counts is one country's
_WIDER_PEOPLE_STORY = regex.compile(r"\b(?:world['’]s\s+population|global\s+population|people\s+worldwide|"
                                    r"of\s+the\s+world|humanity|United\s+Nations|UN|WHO|World\s+Bank)\b")


def _share(x: float) -> str:
    return f"{slips.number(x * 100, 2)}%"


# Defence only: every state that has a defence ministry spends a real share of its GDP through it, while
# health, education or farming may be devolved (Pakistan's federal education ministry gets about 0.01%).
_SECTOR = r"(?:(?:national\s+)?defen[cs]e|military|armed\s+forces)"
_MINISTRY = (rf"(?:(?:Ministry|Dept\.?|Department)\s+of\s+(?:the\s+)?(?P<sector>{_SECTOR})|"
             rf"(?P<sector2>{_SECTOR})\s+(?:ministry|department))(?:\s*\([\p{{Lu}}A-Z]{{2,6}}\))?")
_HEDGE_WORDS = (r"(?:\s+(?:about|around|nearly|almost|roughly|approximately|some|over|under|just|only|"
                r"(?:more|less)\s+than|close\s+to|a\s+record|an\s+estimated|a\s+total\s+of))*")
_YEAR_FOR = (r"(?:\s+(?:for|in)\s+(?:the\s+)?(?:(?:fiscal|financial|budget)\s+(?:year\s+)?)?(?:FY\s*)?"
             r"(?:20\d\d(?:[-–/]\d{2,4})?(?:\s+(?:fiscal|financial|budget)\s+year)?|"
             r"(?:current|coming|next|new)\s+(?:fiscal|financial)\s+year)|"
             # "for the fiscal year", "for next year": a budget's own period, not a purpose
             r"\s+(?:for|in)\s+(?:the\s+)?(?:(?:current|coming|next|new)\s+)?(?:fiscal|financial|budget)\s+year|"
             r"\s+for\s+(?:next|this|the\s+coming)\s+year)?")
_BUDGET_LINK = (r"(?:\s*,)?(?:\s+(?:has|have|had|will|would))?(?:\s+(?:been|be|was|is|were|stands|stood))?\s+"
                r"(?:of|at|was|is|stood\s+at|stands\s+at|totall?ed|totall?ing|amounted\s+to|amounting\s+to|worth|"
                r"(?:pegged|set|fixed|put|kept|budgeted|estimated|projected|forecast|expected|planned|tipped|seen|"
                r"raised|increased|hiked|cut|reduced|trimmed|slashed|capped|proposed)\s+(?:at|to)|(?:rose|increased|"
                r"climbed|grew|jumped|fell|dropped|declined|went\s+up)\s+to|reached|hit|came\s+to|comes\s+to|"
                r"totals|total|amounts\s+to|amount\s+to)")
_RECEIVED = (r"(?:\s+(?:has|have|had|will|would|was|were|is))?(?:\s+(?:been|be))?\s+(?:received|receives|got|gets|"
             r"secured|secures|allocated|given|granted|budgeted|earmarked)"
             r"(?:\s+(?:the|a|an)\s+(?:(?:single\s+)?(?:largest|biggest|highest|second[-\s](?:largest|highest)|"
             r"third[-\s](?:largest|highest)|lion['’]s)\s+)?(?:allocation|share|chunk|slice|budget|outlay|"
             r"sum|amount)(?:\s+(?:among|of\s+all)\s+(?:the\s+)?(?:ministries|departments))?)?"
             r"(?:\s*,)?(?:\s+(?:at|of|worth|totall?ing|amounting\s+to))?")


# The frames that tie a figure, written after them, to a whole national budget line (searched backwards from
# the figure: they are anchored there). Whose line it is is read just before the frame (`_OWNER_BEFORE`).
_BUDGET_FRAMES = tuple(regex.compile(frame, regex.I | regex.REVERSE) for frame in (
    # "The Ministry of Defence received the largest allocation among ministries at", "the defence ministry got"
    rf"\b(?:the\s+)?{_MINISTRY}{_RECEIVED}{_HEDGE_WORDS}\s*\Z",
    # "the defence ministry's budget for 2025-26 was", "India's defence budget rose to", "defence spending of"
    rf"\b(?:{_MINISTRY}['’]s?\s+|(?P<sector3>{_SECTOR})\s+)(?:annual\s+|total\s+|overall\s+)?"
    rf"(?:budget|allocation|outlay|spending|expenditure){_YEAR_FOR}{_BUDGET_LINK}{_HEDGE_WORDS}\s*\Z",
    # "the allocation for defence stood at", "the budget for the Ministry of Defence was"
    rf"\b(?:allocation|budget|outlay|funding|provision)\s+(?:for|to)\s+(?:the\s+)?"
    rf"(?:{_MINISTRY}|(?P<sector4>defen[cs]e|the\s+military|the\s+armed\s+forces)){_YEAR_FOR}{_BUDGET_LINK}"
    rf"{_HEDGE_WORDS}\s*\Z",
    # "India's 2025-26 budget of", "the Union Budget's total outlay of", "the federal budget was" (owner required)
    rf"(?<![\p{{L}}-])(?:(?:annual|total|overall|proposed|new|(?:FY\s*)?20\d\d(?:[-–/]\d{{2,4}})?)\s+)*"
    rf"(?P<whole>budget(?:\s+(?:FY\s*)?20\d\d(?:[-–/]\d{{2,4}})?)?|budget(?:['’]s)?\s+(?:total\s+)?(?:outlay|size)|"
    rf"budget\s+(?:bill|law|act|proposal|estimates)|"
    rf"spending\s+plan){_YEAR_FOR}{_BUDGET_LINK}{_HEDGE_WORDS}\s*\Z",
    # "the Budget proposes total spending of", "the budget has a total outlay of", "the budget sets out spending of",
    # "a federal budget with a total outlay of"
    rf"(?<![\p{{L}}-])(?:(?:annual|proposed|new|(?:FY\s*)?20\d\d(?:[-–/]\d{{2,4}})?)\s+)*(?P<whole>budget"
    rf"(?:\s+(?:FY\s*)?20\d\d(?:[-–/]\d{{2,4}})?)?){_YEAR_FOR}(?:\s+(?:also|would|will))?(?:\s*,)?\s+(?:with|proposes|proposed|"
    rf"plans|planned|sets\s+out|set\s+out|provides\s+for|envisages|projects|includes|has|had|carries|calls\s+for|"
    rf"foresees|allows\s+for)\s+(?:an?\s+)?(?:(?:total|overall|record|gross|aggregate|planned)\s+)*(?:spending|"
    rf"expenditures?|outlays?|size)\s+(?:of|at|worth|totall?ing){_HEDGE_WORDS}\s*\Z",
    # "put the size of the budget at", "the size of the federal budget for 2025-26 is" (whose, as for "the budget")
    rf"(?<![\p{{L}}-])(?P<whole>size\s+of\s+(?:the\s+)?(?:(?:annual|federal|national|Union|new|proposed|"
    rf"(?:FY\s*)?20\d\d(?:[-–/]\d{{2,4}})?)\s+)*budget){_YEAR_FOR}{_BUDGET_LINK}{_HEDGE_WORDS}\s*\Z",
    # "Total core Crown spending is forecast at", "government expenditure of", "public spending totalled": the
    # whole of what the state spends (never "spending on health": the link must follow at once)
    rf"(?<![\p{{L}}-])(?:(?:total|overall|annual|aggregate)\s+)?(?:core\s+)?(?P<spend>(?:Crown|government|public|"
    rf"federal|central\s+government|Union\s+government|federal\s+government)\s+(?:spending|expenditures?|outlays?))"
    rf"{_YEAR_FOR}{_BUDGET_LINK}{_HEDGE_WORDS}\s*\Z",
    # "Total expenditure for 2025 is projected at", "the government will spend": whose, only in a budget story
    rf"(?<![\p{{L}}-])(?P<whole>(?:total|overall|aggregate)\s+(?:spending|expenditures?|outlays?)){_YEAR_FOR}"
    rf"{_BUDGET_LINK}{_HEDGE_WORDS}\s*\Z",
    rf"(?<![\p{{L}}-])(?P<whole>government)\s+(?:will|would|is\s+to|plans\s+to|intends\s+to|is\s+set\s+to|"
    rf"expects\s+to|proposes\s+to|aims\s+to)\s+spend(?:\s+a\s+(?:total|record)\s+of)?{_HEDGE_WORDS}\s*\Z",
))
# for each frame, words one of which (lowercased) is in every match: a frame whose words an ASCII text lacks is
# not tried (most are about defence, a size, a government's spending)
_SECTOR_WORDS = ("defen", "military", "armed")
_FRAME_WORDS = (_SECTOR_WORDS, _SECTOR_WORDS, ("allocation", "budget", "outlay", "funding", "provision"),
                ("budget", "spending"), ("budget",), ("size",), ("spending", "expenditure", "outlay"),
                ("spending", "expenditure", "outlay"), ("spend",))
assert len(_FRAME_WORDS) == len(_BUDGET_FRAMES)


def _budget_frame(left: str) -> regex.Match | None:
    """The first of _BUDGET_FRAMES that matches `left`, or None."""
    low = left.lower() if left.isascii() else None
    for frame, words in zip(_BUDGET_FRAMES, _FRAME_WORDS):
        if low is not None and not any(w in low for w in words):
            continue
        hit = frame.search(left)
        if hit:
            return hit
    return None


# Whose line: "India's", "Pakistan's", "the country's", "the Union", "federal", "national"
_OWNER_BEFORE = regex.compile(
    r"(?:(?P<possessor>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4})['’]s|"
    r"(?:the\s+)?(?P<home>country|nation)['’]s|(?:the\s+)?(?P<national>Union|federal|national|central)"
    r"(?:\s+government['’]s)?)\s+\Z", regex.REVERSE)


# A figure named before its line: "₹6.81 lakh crore for defence", "₹50.65 lakh crore Union Budget"
_FOR_SECTOR_AFTER = regex.compile(
    rf"\A\s+(?:(?:was|has\s+been|is|will\s+be)\s+)?(?:(?:allocated|earmarked|set\s+aside|provided|budgeted|proposed)\s+)?"
    rf"(?:for|to)\s+(?:the\s+)?(?:{_MINISTRY}|(?P<sector5>defen[cs]e|the\s+military|the\s+armed\s+forces))"
    rf"(?=\s*(?:[,.;)]|\Z|\s+(?:and|in|for|while|with|this|next|against|compared|up|down)\b))", regex.I)
_ALLOCATING_BEFORE = regex.compile(r"\b(?:allocat\w*|earmark\w*|set\s+aside|sets\s+aside|provid\w*|budget\w*|"
                                   r"outlay|propos\w*)\b[^.;]{0,50}\Z", regex.I)
_WHOLE_BUDGET_AFTER = regex.compile(r"\A\s+(?:(?:Union|federal|national|annual)\s+)+(?:budget|spending\s+plan)\b",
                                    regex.I)
# "a RM421bn Budget 2025", "Malaysia's RM421bn budget", "the record $90bn budget": whose, read before the figure
_BUDGET_AFTER = regex.compile(r"\A\s+(?:(?:record|draft|proposed|full-year|annual|federal|national|Union|"
                              r"(?:FY\s*)?20\d\d(?:[-–/]\d{2,4})?)"
                              r"\s+)*(?P<word>budget|spending\s+plan)"
                              r"(?:\s+(?:for\s+)?(?:FY\s*)?20\d\d(?:[-–/]\d{2,4})?)?\b", regex.I)
_BUDGET_ADJECTIVES = regex.compile(r"(?:(?:record|new|proposed|draft|annual|full-year|first|revised|latest|"
                                   r"expansionary|austerity)\s+)+\Z", regex.I)
# A nation's own parliament by its name: the budget it passes is the nation's ("passed by the Bundestag")
NATIONAL_LEGISLATURE = (
    r"\b(?:Bundestag|Lok\s+Sabha|Rajya\s+Sabha|Jatiya\s+Sangsad|Dewan\s+Rakyat|Dewan\s+Perwakilan\s+Rakyat|DPR|"
    r"Diet|Knesset|Majlis|Duma|Sejm|Storting|Riksdag|Folketing|Eduskunta|Oireachtas|D[aá]il|Cortes|Sabor|Seimas|"
    r"Saeima|Riigikogu|Althing|Verkhovna\s+Rada|Nationalrat|Tweede\s+Kamer|Sansad|Congress(?!\s+(?:party|leaders?|"
    r"councillors?|MLAs?|MPs|members?|workers|spokes(?:person|man|woman)|candidates?|president)\b)|Parliament|"
    r"National\s+(?:Legislative\s+)?Assembly|National\s+Congress|Grand\s+National\s+Assembly|House\s+of\s+Commons|"
    r"House\s+of\s+Representatives|Chamber\s+of\s+Deputies|Congress\s+of\s+Deputies|National\s+Council|"
    r"Legislative\s+Yuan|Shura\s+Council|People['’]s\s+Majlis|National\s+People['’]s\s+Congress)\b")
# An unnamed "the budget" is the nation's only in a story about the national budget ("Budget 2025", "the federal
# budget", the finance minister), never in one that speaks of a state's, a city's or a company's budget.
_NATIONAL_BUDGET_CUE = regex.compile(
    r"(?:[\p{Ll},]\s+|\b[Tt]he\s+)(?:\p{Ll}+\s+)?Budget\b|\bBudget\s+20\d\d|"
    r"\b(?i:national|federal|Union)\s+(?i:budget)|\b(?i:finance\s+minister|minister\s+of\s+finance|treasurer|"
    r"finance\s+advis[eo]r|"
    r"(?:treasury|finance)\s+(?:cabinet\s+)?secretary|chancellor\s+of\s+the\s+exchequer)\b|"
    r"\b(?i:budget)\b(?:[^.]|\.\d){0,120}"
    r"(?:\b(?i:parliament|national\s+(?:legislative\s+)?assembly|congress(?!\s+(?:party|leaders?|councillors?|"
    r"MLAs?|MPs|members?|workers|candidates?)\b)|lower\s+house)\b|"
    + NATIONAL_LEGISLATURE + r")|" + NATIONAL_LEGISLATURE + r"(?:[^.]|\.\d){0,120}\b(?i:budget)\b")
_OTHER_BUDGET = regex.compile(
    r"\b(?:state|provincial|county|city|municipal|council|regional|district|local|town|village|school|university|"
    r"hospital|company|club|party|agency|department)(?:\s+government)?['’]?s?\s+budgets?\b|\bgovernor\b|\bmayor\b|"
    r"\bchief\s+minister\b|\bmenteri\s+besar\b|\bpremier\b|"
    # a local body presents its own: "the Indore Municipal Corporation presented a budget", "the civic body"
    r"\b(?:municipal|civic|city|metropolitan|county|district|town|village)\s+(?:corporation|council|body|bodies|"
    r"authority|administration|committee)\b|\bcouncillors\b", regex.I)
# Who else may hold a budget in the figure's clause: a ministry, an agency, a sector, a programme, a company
_HOLDER = regex.compile(
    r"\b(?:ministry|ministries|department|agency|authority|commission|board|universit(?:y|ies)|hospital|"
    r"compan(?:y|ies)|firm|club|council|police|army|navy|health|education|defen[cs]e|sector|programme|program|"
    r"scheme|fund|project|film|campaign|office|institute|corporation|bank|its|their)\b", regex.I)
_FINANCE_HOLDER = regex.compile(r"\b(?:finance\s+ministry|ministry\s+of\s+finance|finance\s+department)\b", regex.I)
# The verbs a budget is presented with: "tabled", "unveiled", "laid out" ...
_PRESENT_VERBS = (r"tabled|presented|unveiled|delivered|announced|passed|approved|introduced|proposed|placed|"
                  r"submitted|adopted|read|laid\s+out|outlined|signed|set\s+out")
# What ties an unnamed budget to the nation: "the budget", "the government's budget", "tabled a budget"
_OWNERLESS_LEAD = regex.compile(
    r"(?:(?<![\p{L}'’-])(?:the|this\s+year['’]s|next\s+year['’]s|(?:the\s+)?(?:new\s+|coalition\s+|current\s+)?"
    r"government['’]s)|\b(?:" + _PRESENT_VERBS + r")\s+(?:a|an|the|its|his|her|their))"
    r"(?:\s+(?:new|record|draft|proposed|full-year|annual))*\s*\Z", regex.I)
# Who presents it: a minister, the government, parliament, a pronoun, a titled name; never a bare name
# ("Selangor tabled a RM2bn budget", "Acme presented a budget": a state's, a company's)
_PRESENTED = regex.compile(r"\b(?:" + _PRESENT_VERBS + r")\b(?=[^.;:]{0,40}\Z)", regex.I)
_PRESENTER = regex.compile(
    r"(?:\b(?i:he|she|they|we|government|cabinet|parliament|lawmakers|legislators|MPs|senators|minister|treasurer|"
    r"chancellor|president|secretary|adviser|advisor)|\b(?:Minister|President|Chancellor|Treasurer|Secretary|"
    r"Adviser|Advisor|Mr|Mrs|Ms|Dr|Datuk|"
    r"Seri|Senator)(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}|" + NATIONAL_LEGISLATURE +
    r")(?:\s+(?i:today|yesterday|on\s+\p{L}+day|formally|finally|"
    r"officially|also|has|have|had|will|would|later|then))*\s*\Z")
# A place in the sentence makes its budget a province's or a city's, not the nation's.
_SUBNATIONAL = regex.compile(
    r"\b(?:states?|provincial|provinces?|county|counties|municipal\w*|city|cities|district|regional|region|council|"
    r"local|metropolitan|governorate|prefecture|cantonal|cantons?|borough|town|village|panchayat|ward)\b", regex.I)
# Words in the figure's own clause that make the line a part of the whole: "the development budget of the
# defence ministry", "₹500 crore, under the modernisation fund", "an additional allocation"
_PART_WORDS = regex.compile(
    r"\b(?:scheme|programme|program|project|projects|fund|mission|supplementary|additional|extra|arrears|"
    r"per\s+capita|development|capital|capex|recurrent|salaries|pensions?|PSDP|ADP|procurement|modernisation|"
    r"modernization|research|revised|revision|increase|increment|hike|cut|shortfall|unspent|released|disbursed|"
    r"spent|utilised|utilized)\b", regex.I)
_CLAUSE_END = regex.compile(r"[,;:()\u2014\u2013]|\b(?:with|while|which|whereas|but|and)\b")
# What may follow a whole line: a period, a comparison; never a purpose or a source ("for the new scheme")
_PART_AFTER = regex.compile(
    r"\A\s*(?:\(|\))?\s*(?:for|to(?!\s+(?:the\s+)?(?:parliament|congress|house|senate|assembly|national\s+assembly|"
    r"lawmakers|legislators|MPs|legislature|Dáil|Dail|Lok\s+Sabha|Dewan\s+Rakyat|Diet|Bundestag|Majlis|Commons|"
    r"House\s+of\s+Commons|Knesset|Duma|Sejm|Storting|Riksdag|Cortes|Folketing|Eduskunta|Oireachtas)\b)|"
    r"towards?|under|as|from|through|via|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|\d))|of|more|extra|"
    r"additional|less|per|each|"
    r"a\s+(?:day|week|month)|in\s+(?:grants?|loans?|aid|assistance|arrears|funding|additional|supplementary|extra|"
    r"new|the\s+first|the\s+second|the\s+third|the\s+fourth|the\s+last|the\s+past)|over\s+(?:the\s+)?(?:next|five|"
    r"three|ten|\d))\b", regex.I)
_PERIOD_AFTER = regex.compile(r"\A" + _YEAR_FOR, regex.I)


def _national_line(story: Story, m: Measure) -> tuple[str, str, str] | None:
    """("ministry" | "budget", sector, country) for a whole national budget line, or None.

    The line is whole and national only when one of a few frames ties the figure to it, the sentence names no
    part (a province, a scheme, an extra allocation) and no country but the owner, and nothing after the
    figure makes it a purpose or a source ("₹500 crore for the new housing scheme").
    """
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    if not _budget_sentence(story, s0, s1):
        return None
    start = _core(story, m).start if not q.hedge else q.start
    # "The budget, passed by the Bundestag on Friday, provides for": an aside does not part a frame
    left = without_asides(prose[max(s0, start - 220):start])
    right = prose[q.end:s1]
    folder = str(story.data.folder)
    found = _budget_frame(left)
    sector = country = None
    whole = False
    if found is not None:
        groups = found.groupdict()
        sector = groups.get("sector") or groups.get("sector2") or groups.get("sector3") or groups.get("sector4")
        whole = bool(groups.get("whole") or groups.get("spend"))
        owner_words = _OWNER_BEFORE.search(left[max(0, found.start() - 60):found.start()])
        if owner_words is not None:
            country = owner_words.group("possessor")
        elif groups.get("whole") and not _ownerless_budget(story, left[:found.start()],
                                                             max(s0, start - 220) + found.start("whole"), left, right):
            return None     # "the budget of N" may be anyone's: only a national or a country's budget is read
    else:
        after = _FOR_SECTOR_AFTER.match(right) if "defen" in right[:60].lower() or "militar" in right[:60].lower() \
            or "armed" in right[:60].lower() else None
        if after and _ALLOCATING_BEFORE.search(left[-80:]):
            sector = after.group("sector") or after.group("sector2") or after.group("sector5")
            right = right[after.end():]
        elif _WHOLE_BUDGET_AFTER.match(right):
            whole = True
            right = right[_WHOLE_BUDGET_AFTER.match(right).end():]
        elif (budget := _BUDGET_AFTER.match(right)) is not None:
            # "Malaysia's RM421bn budget", "the country's ...", or an unnamed one tied to the nation
            # "the country's record RM421bn budget": the owner may stand before a word or two about the budget
            owner_words = _OWNER_BEFORE.search(_BUDGET_ADJECTIVES.sub("", left[-60:]))
            if owner_words is not None:
                country = owner_words.group("possessor")
            elif not _ownerless_budget(story, left, q.end + budget.start("word"), left, right):
                return None
            whole = True
            right = right[budget.end():]
        else:
            return None
    if not whole and not sector:
        return None
    period = _PERIOD_AFTER.match(right)
    if _PART_AFTER.match(right[period.end() if period else 0:]):
        return None
    if _SUBNATIONAL.search(prose, s0, s1):
        return None
    # the figure's own clause: from the frame (or the clause start) to the figure, and on to the clause's end
    clause_start = left[:found.start()] if found is not None else left
    cut = max((x.end() for x in _CLAUSE_END.finditer(clause_start)), default=0)
    end = _CLAUSE_END.search(right)
    # (and the two words just before a frame: "additional public spending amounting to")
    if _PART_WORDS.search(left[cut:] if found is None else left[found.start():]) or found is not None and \
            _PART_WORDS.search(" ".join(left[:found.start()].split()[-2:])) or \
            _PART_WORDS.search(right[:end.start() if end else len(right)]):
        return None
    if _WORLD_BEFORE.search(clause_start[cut:] if found is None else left[max(0, found.start() - 30):found.end()]):
        return None     # "global defence spending hit $2.7 trillion": the world's, no nation's
    sector_words = " ".join((sector or "").lower().split())
    home = story.doc.country
    names = _country_words(folder)[0]
    owner = _known_owner(country, names) if country else home
    # only a country named before the figure or in its own clause may own the line; one named after a clause
    # mark ("..., raising defence spending after the conflict with India") is about something else
    clause_end = s1 - len(right) + (end.start() if end and end.group() in _CLAUSE_MARKS else len(right))
    if owner is None or _foreign_before(story, s0, clause_end, owner):
        return None
    if not country and _other_country_before(story, s0, owner):
        return None
    if not country and any(c != owner for c in m.countries) and not _home_story(story, owner):
        return None     # an unnamed owner beside another country is the home one only in a story about home
    kind = "budget" if whole else "ministry"
    label = {"defense": "defence", "military": "defence", "armed forces": "defence", "the military": "defence",
             "the armed forces": "defence"}.get(sector_words, sector_words)
    return kind, label, owner


_WORLD_BEFORE = regex.compile(r"\b(?:global|world|worldwide|international)\b", regex.I)
_CLAUSE_MARKS = frozenset(",;:()\u2014\u2013")


def _foreign_before(story: Story, s0: int, until: int, owner: str) -> bool:
    """Does the sentence, up to `until` (the end of the figure's clause), name a country other than `owner`?
    ("US$" is a currency mark, not the United States.)"""
    return any(x.code != owner for x in story_mentions(story).named_within(s0, until))


def _home_story(story: Story, home: str) -> bool:
    """Is the story about its own country: named no less often than any other (the front matter counts once)?"""
    def counts(s: Story) -> dict[str, int]:
        found: dict[str, int] = {}
        for x in story_mentions(s).within(s.doc.body_start, len(s.doc.prose)):
            found[x.code] = found.get(x.code, 0) + 1
        return found
    named = story.memo("plausibility.country_counts", counts)
    return story.doc.country == home and all(n <= named.get(home, 0) + 1 for n in named.values())


def _ownerless_budget(story: Story, lead: str, word_at: int, left: str, right: str) -> bool:
    """Is a budget that names no owner the nation's? Only in a story about the national budget, where it is
    named ("Budget 2025", "the Budget"), or tied to the nation ("the budget of", "the government's budget",
    "tabled a budget of"), and the figure's clause names no one else who may hold a budget."""
    prose = story.doc.prose
    if not _national_budget_story(story):
        return False
    # "Budget 2025" is named (never "Selangor Budget 2025"); "the Budget", "tabled a budget" are tied to the
    # nation by their lead
    named = bool(_NAMED_BUDGET.match(prose[word_at:word_at + 16])) and not _NAME_BEFORE.search(lead[-30:])
    # "Total expenditure for 2025 is ..." opens its sentence
    total = bool(regex.match(r"(?:total|overall|aggregate)\b", prose[word_at:word_at + 10], regex.I)) \
        and (not lead.strip() or lead.rstrip()[-1:] in ".:;\"“")
    if not named and not total and not _OWNERLESS_LEAD.search(lead):
        return False
    verb = _last(_PRESENTED, lead)
    if verb is not None:
        doer = lead[:verb.start()]
        doer = doer[max((x.end() for x in _CLAUSE_END.finditer(doer)), default=0):]
        doer = doer[max(doer.rfind(". "), doer.rfind("\n")) + 1:]
        names = _country_words(str(story.data.folder))[0]
        if not _PRESENTER.search(doer) and doer.strip() not in names:
            return False    # "Selangor tabled ...": a bare name may be a state's or a company's
    cut = max((x.end() for x in _CLAUSE_END.finditer(left)), default=0)
    end = _CLAUSE_END.search(right)
    clause = left[cut:] + " " + right[:end.start() if end else len(right)]
    return not (_HOLDER.search(_FINANCE_HOLDER.sub(" ", clause)))


_NAMED_BUDGET = regex.compile(r"Budget\s+(?:FY\s*)?20\d\d")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}'’])(?!The\b)\p{Lu}\p{L}*\s+\Z")


def _last(pattern: regex.Pattern, text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _national_budget_story(story: Story) -> bool:
    """Does the story speak of the national budget, and of no state's, city's or company's?"""
    return story.memo("plausibility.national_budget", lambda s: bool(
        _NATIONAL_BUDGET_CUE.search(s.doc.prose)) and not _OTHER_BUDGET.search(s.doc.prose))


def _known_owner(words: str, names: dict[str, str]) -> str | None:
    """The country a possessor names: "India" -> IN; "Punjab" or "Lagos State" -> None (not a country)."""
    return names.get(words) or next((code for name, code in names.items() if name.lower() == words.lower()), None)


_DEFENCE_WORDS = ("defen", "militar", "armed forces")


def _budget_sentence(story: Story, s0: int, s1: int) -> bool:
    """Does the sentence speak of defence or of a budget at all? (a cheap test, once per sentence)"""
    cache = story.cache.setdefault("plausibility.budget_sentences", {})
    found = cache.get((s0, s1))
    if found is None:
        sentence = story.doc.prose[s0:s1].lower()
        found = cache[(s0, s1)] = "budget" in sentence or "spend" in sentence or "expenditure" in sentence \
            or "outlay" in sentence or any(word in sentence for word in _DEFENCE_WORDS)
    return found


# -- one direction of a pair's trade ---------------------------------------------------------

_FLOW_PERIOD = r"(?:\s+(?:in|during|for|over|last|this)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,3}?)?"
_FLOW_LINK = (r"(?:(?:\s*,)?(?:\s+(?:have|has|had|will))?(?:\s+(?:been|be|were|was|are|is|stood|stand|stands))?\s+"
              r"(?:totall?ed|totall?ing|amounted\s+to|amounting\s+to|worth|valued\s+at|at|of|reached|hit|came\s+to|"
              r"topped|(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|slumped|surged|slipped|edged\s+up)"
              r"(?:\s+[^,;.]{0,25}?)?\s+to)|\s+(?:were|was|are|is|stood\s+at|stand\s+at|stands\s+at))")


# A run of capitalised words that may be a country ("the United States", "Swiss"); checked against the table
_PROPER = r"[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+|and\s+)?[\p{Lu}][\p{L}.'’-]*){0,4}"
# Frames for one country's exports to (or imports from) another, ending at the figure (searched backwards)
_FLOW_DIRECT = regex.compile(
    # "Swiss goods exports to the United States totalled", "Bangladesh's exports to India stood at"
    rf"(?:(?<![\p{{L}}])(?P<a>{_PROPER})(?:['’]s?)?\s+)?(?P<mods>(?:[\p{{Ll}}-]+\s+){{0,2}}?)"
    rf"(?P<dir>(?i:exports|imports|shipments))\s+(?P<prep>to|from)\s+(?:the\s+)?(?P<b>{_PROPER})"
    rf"{_FLOW_PERIOD}{_FLOW_LINK}{_HEDGE_WORDS}\s*\Z", regex.REVERSE)
_FLOW_FROM_TO = regex.compile(
    # "exports of goods from Switzerland to the US reached"
    rf"(?P<dir>(?i:exports|imports|shipments))\s+(?:of\s+[\p{{L}}\s-]{{0,25}}?\s+)?from\s+(?:the\s+)?"
    rf"(?P<a>{_PROPER})\s+to\s+(?:the\s+)?(?P<b>{_PROPER}){_FLOW_PERIOD}{_FLOW_LINK}{_HEDGE_WORDS}\s*\Z",
    regex.REVERSE)
_FLOW_VERB = regex.compile(
    # "Switzerland exported ... to the US" (the partner after the figure)
    rf"(?<![\p{{L}}])(?P<a>{_PROPER})\s+(?P<verb>exported|shipped|imported|bought)\s+"
    rf"(?:[\p{{Ll}}-]+\s+){{0,2}}?(?:worth\s+)?{_HEDGE_WORDS}\s*\Z", regex.REVERSE)


_VERB_PARTNER_AFTER = regex.compile(r"\A(?:\s+worth)?(?:\s+of\s+(?:goods|products|merchandise))?(?:\s+[\p{L}-]+){0,2}?"
                                    r"\s+(?P<prep>to|from)\s+(?:the\s+)?(?P<b>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)")
_POSSESSIVE_END = regex.compile(r"['’]s?\s*\Z")
_FLOW_WORDS = ("export", "import", "shipment", "shipped")


# "Turkey's total exports reached", "Vietnam's exports, which reached a record", "Kenya's annual imports of": a
# country's flow to all the world, its figure straight after (links only: no partner, no product, no province)
_NATIONAL_FLOW = regex.compile(
    r"(?:(?<![\p{L}])(?P<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})['’]s?|"
    # "the country's exports": the story's own, where nothing near names another (_home_alone_near)
    r"(?<![\p{L}])(?i:the|this|our)\s+(?P<home>country|nation)['’]s)\s+"
    r"(?:(?:total|annual|overall|yearly|merchandise|goods|national|record|full-year)\s+)*"
    # one product's flow is a part of the whole, and no more than twice the economy either: "Brazil's soybean exports"
    r"(?P<product>(?!(?:total|annual|overall|yearly|merchandise|goods|national|record|full-year)\b)\p{Ll}[\p{Ll}-]+\s+"
    r"(?:\p{Ll}[\p{Ll}-]+\s+)?)?"
    r"(?P<dir>exports|imports)"
    # an aside on what they are, with no figure: "exports, dominated by copper, gold and fruit, were worth"
    r"(?:,\s+(?:dominated|led|driven|made\s+up|mostly|mainly|largely|chiefly|including)\b[^\d;:()$€£¥₹]{0,80}?,)?"
    r"(?:,\s+(?:which|that)\s+(?:have\s+|had\s+)?(?:reached|hit|totalled|totaled|rose\s+to|climbed\s+to|grew\s+to|stood\s+at))?"
    # what the flow brought home: "Ghana's cocoa exports earned", "Chile's copper exports brought in"
    r"(?:\s+(?:reached|hit|totalled|totaled|amounted\s+to|came\s+to|stood\s+at|were|was|of|rose\s+to|climbed\s+to|"
    r"earned|fetched|generated|brought\s+in|"
    r"grew\s+to|jumped\s+to|fell\s+to|dropped\s+to|worth|valued\s+at|a|an|record|all-time|high|about|around|nearly|"
    r"some|roughly|"
    r"almost|last\s+year|"
    # "fell 4.4 percent last year to": the rate of the move, then the level
    r"(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|increased|decreased)\s+(?:by\s+)?[\d.]+\s*"
    r"(?:%|percent|per\s+cent)(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d|\s+year-on-year)?\s+to))*\s+\Z")
# a flow that is a part after all: "exports of cars reached", "exports to China of"; a year range or a period
_NATIONAL_FLOW_PART_AFTER = regex.compile(r"\A\s*(?:(?:in|of|from|to|worth\s+of)\s+(?!goods\b|the\s+year\b|\d)|"
                                          r"over\s+|since\s+|between\s+)", regex.I)


_NATIONAL_FLOW_LOW = 0.02      # a country's exports or imports in a year: at least a fiftieth of its GDP


def _national_flow_of(story: Story, m: Measure) -> tuple[str, str, bool] | None:
    """(country, "exports"|"imports", one product's?) for a country's flow to all the world written straight before
    the figure."""
    q = m.quantity
    s0, _ = m.sentence
    prose = story.doc.prose
    left = prose[max(s0, q.start - 120):q.start]
    if "xports" not in left and "mports" not in left:
        return _exported_earning(story, m)
    hit = _NATIONAL_FLOW.search(left)
    if hit is None:
        return _exported_earning(story, m)
    if _NATIONAL_FLOW_PART_AFTER.match(prose[q.end:q.end + 30]):
        return None
    names, demonyms, _, _ = _country_words(str(story.data.folder))
    if hit.group("home"):
        home = story.doc.country if _home_alone_near(story, m, story.doc.country) else None
    else:
        home = names.get(hit.group("name"))
    if home is None:
        return None     # "Gaziantep's exports", "Samsung's exports": not a country's
    # (an unnamed owner is read on the high side only, as one product's is: "the country's" may be a part's after all)
    return home, hit.group("dir").lower(), bool(hit.group("product") or hit.group("home"))


# "Ghana shipped 650,000 tonnes of cocoa last season, earning $2.1 billion", "Ghana exported cocoa worth $2.1
# billion": what a country's sales abroad brought
# in, told after the verb whose subject the country is. Read as one product's exports (the high side only: no more
# than twice the economy that grew them), whatever the goods, the partner or the period.
_EXPORTED = regex.compile(
    r"(?<![\p{L}])(?P<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:(?:has|had|have)\s+)?"
    r"(?:exported|shipped|sold\s+abroad)\b(?P<between>[^;:]*?)(?:,\s+(?:earning|fetching|bringing\s+in|"
    r"generating|raking\s+in|worth)|\s+worth)\s+(?:(?:a\s+record|an\s+estimated|about|around|nearly|almost|roughly|some|"
    r"over|more\s+than|just\s+over|close\s+to)\s+)*\Z")
# a second figure of money between the verb and the earnings: the earnings may be another's ("shipped $2bn of
# tea, earning ...") or a part's
_MONEY_MARK = regex.compile(r"[$€£¥₹]|\b(?:US|Rs|Sh|Shs|KSh|USh|N)\s?\d|\b(?:dollars?|euros?|pounds?|shillings?)\b",
                            regex.I)


def _exported_earning(story: Story, m: Measure) -> tuple[str, str, bool] | None:
    """(country, "exports", True) for what a country's sales abroad earned, told after its verb ("Uganda exported
    a record 6 million bags ..., earning $1.1 billion"); None for any other shape."""
    prose = story.doc.prose
    s0 = m.sentence[0]
    left = prose[s0:m.quantity.start]
    if "exported" not in left and "shipped" not in left and "sold" not in left:
        return None     # (every _EXPORTED match holds one of its verbs, written in lower case)
    hit = _EXPORTED.search(left)
    if hit is None or _MONEY_MARK.search(hit.group("between")):
        return None
    names = _country_words(str(story.data.folder))[0]
    home = names.get(hit.group("name"))
    return (home, "exports", True) if home is not None else None


def _trade_flow(story: Story, m: Measure) -> tuple[str, str, str] | None:
    """(country, partner, "exports"|"imports") for one direction of a pair's trade, or None."""
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    start = q.start
    left = prose[max(s0, start - 200):start]
    lowered = left.lower()
    if not any(word in lowered for word in _FLOW_WORDS):
        return None
    folder = str(story.data.folder)
    names, demonyms, _, _ = _country_words(folder)
    a = b = None
    hit = _FLOW_DIRECT.search(left)
    if hit:
        prep, kind = hit.group("prep"), hit.group("dir").lower()
        direction = "imports" if kind == "imports" else "exports"
        if (direction == "imports") != (prep == "from"):
            return None         # "imports to", "exports from": not one direction of a named pair
        a, b = hit.group("a"), hit.group("b")
        if a is None and _POSSESSIVE_END.search(left[:hit.start("mods")]):
            return None         # "the company's exports to China", "Punjab's exports to the US"
        if a is None and regex.search(r"[\p{Lu}]", hit.group("mods") or ""):
            return None         # "Apple's", "Texas" as a modifier: not the country's own
    elif (hit := _FLOW_FROM_TO.search(left)) is not None:
        direction = "exports"
        a, b = hit.group("a"), hit.group("b")
    elif (hit := _FLOW_VERB.search(left)) is not None:
        after = _VERB_PARTNER_AFTER.match(prose[q.end:s1])
        if after is None:
            return None
        direction = "imports" if hit.group("verb") in ("imported", "bought") else "exports"
        if (direction == "imports") != (after.group("prep") == "from"):
            return None
        a, b = hit.group("a"), _known_name(after.group("b"), names)
        if b is None:
            return None
    else:
        return None
    if a is not None and not (names.get(a) or demonyms.get(a)) and " " not in a and \
            not left[:hit.start("a")].strip() and start - 200 <= s0:
        a = None            # "Goods exports to the US ...": a sentence's first word, not a name
    if a is not None:
        home = names.get(a) or demonyms.get(a)
        if home is None:
            return None     # "Apple's exports to China", "Punjab's exports to the US": not a country's own
    else:
        home = story.doc.country
    partner = names.get(b)
    if not home or not partner or home == partner:
        return None
    if any(c not in (home, partner) for c in _own_countries(story, m)):
        return None             # a third country in the figure's words: whose figure is it?
    # (not one in a later clause that sets another flow beside it: "..., against $427 billion from China")
    return home, partner, direction


def _known_name(words: str, names: dict[str, str]) -> str | None:
    """The longest country name at the start of `words` ("United States" in "United States Census")."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        candidate = " ".join(parts[:n]).rstrip(".,")
        if candidate in names:
            return candidate
    return None


from .plausibility_parts import whole_below_part  # noqa: E402 (it reads this module's helpers)
from .plausibility_people import UNOWNED_LOW, home_population  # noqa: E402 (it reads this module's helpers)
