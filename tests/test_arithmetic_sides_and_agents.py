"""Arithmetic, session 14 (second pass): balances read against the sides they name; four false-alarm classes.

- a trade surplus is exports less imports, an operating profit revenue less costs, a budget deficit spending
  less revenue, when the story names each side once in the sentences just before;
- "was called by three associations that say a new toll increase": a count after "by" before any word of
  change names who acted, not the move's size;
- "has raised $95 million: $5 million ..., $20 million in 2019 and $60 million in 2021": the figure a colon
  opens onto its parts is their whole, not the move between two of them;
- "187 cast ballots, and 176 voted yes": how some of those who voted voted is a part of the turnout;
- ", so in dollar terms the average is up about 2%": what follows "so" is another subject's change;
- "more than four times the daily average of X", past a bracketed equivalent in another currency: the multiple
  is read against the level named by its noun;
- "nearly two-thirds" is a share in words; "nearly" allows a little under the fraction, not a fifth under it.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    # a trade surplus against exports and imports told before it
    ("Exports reached 940 billion won in the quarter, while imports fell 4% to 610 billion won. "
     "The trade surplus grew to 380 billion won.", "380 billion won", "KR"),
    ("Exports climbed to $12.4 billion in March and imports eased to $9.1 billion, the statistics office said. "
     "That left a trade deficit of $2.6 billion.", "$2.6 billion", "US"),
    # an operating profit against revenue and costs
    ("The bottler said revenue rose 9% to R6.2 billion in the year from R5.7 billion.\n\nOperating costs "
     "came to R5.1 billion, leaving an operating profit of R1.6 billion.", "R1.6 billion", "ZA"),
    # a budget deficit against spending and revenue
    ("The state plans spending of ₹92,000 crore next year. Revenue is projected at ₹78,500 crore, "
     "leaving a budget deficit of ₹15,500 crore.", "₹15,500 crore", "IN"),
    # the move after "by" with a word of change before it stays a move
    ("Ticket sales rose by 40 to 120, a 20% increase.", "20%", "GB"),
    # a multiple of a level named by its noun, past an equivalent in brackets
    ("Port throughput reached R86.4 billion ($4.7 billion), more than three times the monthly average of "
     "R31.2 billion last year.", "three times", "ZA"),
    ("The gauge on the hill logged 188mm of rain in March, almost three times the long-term March average of "
     "97mm.", "three times", "GB"),
    # a fraction in words with its hedge
    ("Some 1,410 of the 2,630 shops have reopened, or nearly two-thirds.", "nearly two-thirds", "NZ"),
    # what is added against what is there already
    ("The mill is adding 2 million units a year to its existing capacity of 8 million, an increase of 40%.",
     "40%", "BR"),
    # the list's whole against its parts is still read
    ("Of the 480 members, 300 cast ballots and 210 stayed away.", "210 stayed", "CA"),
]

SILENT = [
    ("Exports reached 940 billion won in the quarter, while imports fell 4% to 610 billion won. "
     "The trade surplus grew to 330 billion won.", "KR"),
    ("The bottler said revenue rose 9% to R6.2 billion in the year from R5.7 billion.\n\nOperating costs "
     "came to R5.1 billion, leaving an operating profit of R1.1 billion.", "ZA"),
    # two export figures: which one the surplus is of is not said
    ("Exports rose to $12.4 billion in March from $11.8 billion, and non-oil exports reached $4.2 billion. "
     "Imports were $9.1 billion, leaving a trade surplus of $4.9 billion.", "US"),
    # a surplus of another period than its sides
    ("Exports reached $12.4 billion in March and imports $9.1 billion. The trade surplus for the first quarter "
     "was $8.9 billion.", "US"),
    ("Port throughput reached R86.4 billion ($4.7 billion), more than twice the monthly average of "
     "R31.2 billion last year.", "ZA"),
    ("The gauge on the hill logged 188mm of rain in March, almost twice the long-term March average of 97mm.", "GB"),
    ("Some 1,640 of the 2,630 shops have reopened, or nearly two-thirds.", "NZ"),
    ("Some 1,410 of the 2,630 shops have reopened, or more than half.", "NZ"),
    # "of the successful applicants" is of those who passed, not of all who applied
    ("Of the 2,400 people who applied, 610 passed the test, or 25 per cent.\n\nWomen made up 190 of the successful "
     "applicants, nearly a third of the total, officials said.", "GH"),
    ("The mill is adding 2 million units a year to its existing capacity of 8 million, an increase of 25%.", "BR"),
    # a factor said of another subject after the figures
    ("Operating profit fell 22% to $41.2m from $52.8m, as the company's freight bill more than doubled.", "AU"),
    # a part of one side, and one export's figure, are no sides
    ("Exports of rice dropped 12% to $640 million. Imports fell 2% to more than $48.5 billion, with $19.8 billion "
     "bought by local firms and $28.7 billion by foreign-owned ones. That left a trade surplus of $1.2 billion "
     "for the quarter.", "VN"),
    # a count after "by" names who acted
    ("The stoppage was called by four growers' unions that say a new water charge increase, from S/8.20 to "
     "S/10.50 per cubic metre, a rise of 28%, will ruin small farms.", "PE"),
    ("The stoppage was called by four unions that say a new water charge increase, from 8.20 to 10.50 per cubic "
     "metre, a rise of 28%, will ruin small farms.", "PE"),
    # a whole opened by a colon onto its parts
    ("The charity has raised £48 million since 2015: £6 million in its first appeal, £12 million in 2019 and "
     "£30 million in 2022.", "GB"),
    # those who voted, then how some of them voted
    ("Of the 640 nurses in the union branch, 512 cast ballots, and 431 voted in favour of the offer.", "GB"),
    # "so" opens the consequence, another subject's change
    ("The peso weakened from about 17 to the dollar in January to around 19.5 now, so in dollar terms the "
     "exporter's average price is actually up about 3% on the year.", "MX"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
