"""The temperature of a sea, a lake or a river: no natural water without a geothermal source is as hot as the air
can get.

Weather copy gives water temperatures beside the air's ("surface water in the shallow lakes reached 31C as the
heatwave pushed air temperatures above 30C"). The air's limits (FC204, FC210) leave water alone; a sea's or a
lake's own limit is far lower: the warmest sea surface on record is about 38C (a shallow Florida bay in July 2023;
the Persian Gulf about 37.6C), so a reading above the limits row ("natural water temperature", 45C with margin)
is a slip ("52C" for 25C or 32C). Read only where the figure's own clause, before it, makes it the water's
("surface water in ... lakes reached", "sea surface temperatures hit", "the lake's water temperature was") and
nothing in the sentence makes it hot water from the ground or a machine (a hot spring, a borehole, geothermal
water, a spa, a bath, a pool, a power plant's outflow).
"""
from __future__ import annotations

import regex

from ..subjects import Measure
from .base import Story
from .plausibility_scope import clause_left

WATER_SUBJECT = "natural water temperature"

# The water body as the figure's subject, in its clause before it: "(surface) water in Finland's lakes",
# "sea surface temperatures", "the river's water temperature", "water temperatures in the lagoon"
_BODY = r"(?:sea|seas|seawater|ocean|oceans|lake|lakes|lagoon|lagoons|river|rivers|reservoir|reservoirs|bay|gulf)"
_WATER_HEAD = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{_BODY}(?:['’]s)?\s+(?:(?:surface|water|surface\s+water)\s+)?(?:temperatures?|water))|"
    rf"(?:surface\s+)?water(?:\s+temperatures?)?\s+(?:in|of|at|across|off)\s+(?:[\p{{L}}'’-]+\s+){{0,4}}?{_BODY})"
    rf"(?![\p{{L}}])", regex.I)
# Hot water that the ground or a machine heats: never a sea's or a lake's own
_HEATED = regex.compile(r"(?<![\p{L}])(?:hot\s+springs?|geotherm\w*|thermal|boreholes?|wells?|geysers?|volcan\w*|"
                        r"vents?|lava|magma|molten|spas?|baths?|pools?|saunas?|hot\s+tubs?|heated|heater|boil\w*|kettle|power\s+(?:plant|"
                        r"station)s?|outflow|discharge\w*|effluent|cooling|industrial|tap|pipes?|tanks?)(?![\p{L}])",
                        regex.I)


def natural_water_reading(story: Story, m: Measure) -> bool:
    """Is the temperature a sea's, a lake's or a river's own, as the module doc says?"""
    s0, s1 = m.sentence
    if _HEATED.search(story.doc.prose, s0, s1):
        return False
    return bool(_WATER_HEAD.search(clause_left(story, m)))
