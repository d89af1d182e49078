"""The web API in process (Starlette's TestClient): page, check, extract, limits, errors."""
from __future__ import annotations

import json
import time
import warnings

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web,test]'")
pytest.importorskip("httpx", reason="Starlette's TestClient needs httpx: pip install -e '.[test]'")

with warnings.catch_warnings():   # Starlette >= 1.x prefers the httpx2 fork and warns about httpx
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

import factcheck  # noqa: E402
from factcheck.web import create_app  # noqa: E402
from factcheck.web import app as web_app  # noqa: E402

# Starlette >= 1.x prefers the httpx2 fork for its TestClient and warns about httpx.
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# The founding story's slip, with a conversion beside it: "Rs10bn ($3.5bn)" implies
# about 2.9 rupees to the dollar; in November 2025 it was about 281.
FOUNDING = """---
title: Pakistan and Iran agree to strengthen ties
date: 2025-11-25
country: PK
---
ISLAMABAD: Islamabad saw another round of senior-level engagement between Pakistan and Iran on Tuesday.

President Pezeshkian spoke of raising bilateral trade to Rs10bn ($3.5bn) and showed interest in working
with Pakistan and China to expand regional commerce. The two countries signed at least a dozen agreements.
"""


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app()) as c:
        yield c


# -- the page ----------------------------------------------------------------------------

def test_page_is_served_with_its_assets(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="text"' in page.text and 'id="check"' in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    for asset, kind in [("/static/app.js", "javascript"), ("/static/app.css", "text/css"),
                        ("/static/favicon.svg", "image/svg+xml")]:
        assert asset in page.text
        r = client.get(asset)
        assert r.status_code == 200 and kind in r.headers["content-type"], asset


def test_page_needs_nothing_from_another_origin(client):
    for path in ["/", "/static/app.js", "/static/app.css"]:
        body = client.get(path).text
        assert "http://" not in body.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in body
    script = client.get("/static/app.js").text   # story text goes in as text, never as markup
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "outerHTML" not in script


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/app.py",
                                  "/static/", "/../pyproject.toml", "/etc/passwd"])
def test_no_file_outside_the_static_assets(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.json() == {"error": r.json()["error"]}


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["version"] == factcheck.__version__
    assert body["max_body"] == 1_000_000


# -- extract and check ---------------------------------------------------------------------

def test_extract_returns_the_quantities_with_code_point_offsets(client):
    text = "Trade 😀 rose to Rs10bn ($3.5bn)."
    r = client.post("/api/extract", json={"text": text, "date": "2025-11-25", "country": "PK"})
    assert r.status_code == 200, r.text
    quantities = r.json()["quantities"]
    by_text = {q["text"]: q for q in quantities}
    assert {"Rs10bn", "$3.5bn"} <= set(by_text)
    q = by_text["Rs10bn"]
    assert text[q["start"]:q["end"]] == "Rs10bn"          # Python str indices = code points
    assert q["kind"] == "money" and q["unit"] == "PKR" and q["value"] == 10_000_000_000
    assert quantities == [x.to_dict() for x in factcheck.extract(text, date="2025-11-25", country="PK")]


def test_extract_reports_the_front_matter_it_read(client):
    r = client.post("/api/extract", json={"text": FOUNDING})
    assert r.status_code == 200
    doc = r.json()["document"]
    assert doc["date"] == "2025-11-25" and doc["country"] == "PK"
    assert doc["front_matter"]["title"].startswith("Pakistan and Iran")
    assert FOUNDING[doc["body_start"]:].startswith("ISLAMABAD")


def test_check_matches_the_python_api(client):
    r = client.post("/api/check", json={"text": FOUNDING})
    assert r.status_code == 200, r.text
    expected = [f.to_dict() for f in factcheck.check(FOUNDING, path="<web>")]
    assert sorted(r.json()["findings"], key=json.dumps) == sorted(expected, key=json.dumps)


def test_check_flags_the_wrong_conversion_in_the_founding_story(client):
    r = client.post("/api/check", json={"text": FOUNDING.split("---\n", 2)[2], "date": "2025-11-25", "country": "PK"})
    assert r.status_code == 200, r.text
    findings = r.json()["findings"]
    assert findings, "expected a finding on Rs10bn ($3.5bn)"
    flagged = {f["text"] for f in findings}
    assert flagged & {"Rs10bn", "$3.5bn", "Rs10bn ($3.5bn)"}, flagged
    for f in findings:
        assert set(f) >= {"rule", "name", "category", "severity", "start", "end", "line", "column",
                          "text", "message", "evidence", "suggestion", "related"}
        assert f["severity"] in ("error", "warning", "info")


def test_dates_and_country_in_the_body_apply_where_front_matter_gives_none(client):
    r = client.post("/api/extract", json={"text": "Rs5bn was spent.", "date": "2025-11-25", "country": "pk"})
    assert r.status_code == 200
    assert r.json()["document"]["date"] == "2025-11-25"
    assert r.json()["document"]["country"] == "PK"


def test_empty_text_has_nothing_to_report(client):
    assert client.post("/api/check", json={"text": "  \n"}).json()["findings"] == []
    assert client.post("/api/extract", json={"text": ""}).json()["quantities"] == []


# -- refusals ----------------------------------------------------------------------------------

def test_a_20_mb_body_is_refused_with_413(client):
    r = client.post("/api/check", content=b"x" * (20 * 1024 * 1024),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "limit of 1,000,000 bytes" in r.json()["error"]


def test_a_streamed_body_is_counted_not_trusted():
    """No Content-Length (chunked upload): the limit holds by counting bytes."""
    def chunks():
        for _ in range(8):
            yield b" " * 1000
    with TestClient(create_app(max_body=5000)) as small:
        r = small.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_body_limit_is_configurable():
    with TestClient(create_app(max_body=100)) as small:
        assert small.post("/api/extract", json={"text": "x" * 200}).status_code == 413
        assert small.post("/api/extract", json={"text": "Rs5bn"}).status_code == 200


@pytest.mark.parametrize("body, message", [
    (b"{bad json", "not valid JSON"),
    (b"", "empty"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_malformed_json_is_400(client, body, message):
    r = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert message in r.json()["error"]


@pytest.mark.parametrize("payload, message", [
    ({}, "missing field 'text'"),
    ({"date": "2025-11-25"}, "missing field 'text'"),
    ([], "must be an object"),
    ("just a string", "must be an object"),
    ({"text": 42}, "'text' must be a string"),
    ({"text": ["a"]}, "'text' must be a string"),
    ({"text": "a", "date": 20251125}, "'date' must be a string"),
    ({"text": "a", "date": "25/11/2025"}, "YYYY-MM-DD"),
    ({"text": "a", "country": 1}, "'country' must be"),
])
def test_wrong_fields_are_400(client, payload, message):
    for endpoint in ("/api/check", "/api/extract"):
        r = client.post(endpoint, json=payload)
        assert r.status_code == 400, (endpoint, r.text)
        assert message in r.json()["error"]


def test_bad_front_matter_is_a_400_naming_the_problem(client):
    r = client.post("/api/extract", json={"text": "---\ndate: [\n---\nRs5bn"})
    assert r.status_code == 400
    assert "front matter" in r.json()["error"]


def test_forms_are_refused(client):
    r = client.post("/api/check", data={"text": "Rs5bn"})
    assert r.status_code == 415
    assert "JSON" in r.json()["error"]


def test_wrong_method_and_unknown_path_are_json(client):
    r = client.get("/api/check")
    assert r.status_code == 405 and "not allowed" in r.json()["error"]
    r = client.post("/api/nothing", json={"text": "a"})
    assert r.status_code == 404 and "error" in r.json()


def test_a_check_over_the_time_limit_is_503(monkeypatch):
    def slow(text, date, country):
        time.sleep(1.0)
        raise AssertionError("the response should not wait for this")
    monkeypatch.setattr(web_app, "_extract", slow)
    with TestClient(create_app(time_limit=0.2)) as c:
        started = time.monotonic()
        r = c.post("/api/extract", json={"text": "Rs5bn"})
        assert time.monotonic() - started < 0.9
    assert r.status_code == 503
    assert "did not finish within 0.2 s" in r.json()["error"]
    assert r.headers["retry-after"]


def test_an_internal_error_is_a_json_500(monkeypatch):
    def broken(text, date, country):
        raise RuntimeError("boom")
    monkeypatch.setattr(web_app, "_check", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        r = c.post("/api/check", json={"text": "Rs5bn"})
    assert r.status_code == 500
    assert "internal error" in r.json()["error"]


def test_loopback_server_refuses_foreign_host_headers():
    with TestClient(create_app(allowed_hosts=["localhost", "127.0.0.1"]), base_url="http://127.0.0.1") as c:
        assert c.get("/api/health").status_code == 200
        assert c.get("/api/health", headers={"host": "attacker.example"}).status_code == 400


def test_serve_without_the_extra_says_what_to_install(monkeypatch, capsys):
    import builtins

    import factcheck.web as web
    real_import = builtins.__import__

    def no_uvicorn(name, *args, **kwargs):
        if name == "uvicorn":
            raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_uvicorn)
    assert web.serve(port=0) == 2
    assert 'pip install "factcheck[web]"' in capsys.readouterr().err
