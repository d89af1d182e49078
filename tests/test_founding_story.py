"""The acceptance example: a Pakistan–Iran story that writes "Rs10bn" for "$10bn".

The story (tests/stories/pk-iran-security-talks.md) is our own, making the same
slip as the seed story: every figure reads fine, but Rs10bn is about $35m, far
below the trade the two countries already do, so a target of Rs10bn cannot be
right. Exactly one finding, on "Rs10bn", suggesting "$10bn"; corrected, none.
"""
from __future__ import annotations

from pathlib import Path

import factcheck

STORY = (Path(__file__).parent / "stories" / "pk-iran-security-talks.md").read_text(encoding="utf-8")


def test_story_makes_the_slip_and_carries_its_context():
    assert "date: 2025-11-25" in STORY and "country: PK" in STORY
    assert STORY.count("Rs10bn") == 1


def test_exactly_one_finding_on_rs10bn_suggesting_10bn():
    findings = factcheck.check(STORY)
    assert [(f.text, f.category, f.suggestion) for f in findings] == [("Rs10bn", "plausibility", "$10bn")]
    finding = findings[0]
    assert STORY[finding.start:finding.end] == "Rs10bn"
    # the evidence names the rate, the recorded trade and their sources
    assert "rupees to the dollar" in finding.message and "Pakistan–Iran trade" in finding.message
    assert "Did you mean $10bn?" in finding.message
    assert finding.evidence["fx_rate"]["currency"] == "PKR"
    assert finding.evidence["slip"] == "currency symbol"
    assert finding.evidence["table"], "the trade rows behind the range"


def test_corrected_story_raises_nothing():
    assert factcheck.check(STORY.replace("Rs10bn", "$10bn")) == []


def test_same_slip_without_front_matter_uses_date_and_country_arguments():
    body = STORY.split("---", 2)[2]
    findings = factcheck.check(body, date="2025-11-25", country="PK")
    assert [(f.text, f.suggestion) for f in findings] == [("Rs10bn", "$10bn")]
