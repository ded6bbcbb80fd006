"""The guide as data: every contract id present, and broken files fail with a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from onguard.taxonomy import (
    REQUIRED_HARM_IDS,
    REQUIRED_INDICATOR_IDS,
    REQUIRED_ROUTE_IDS,
    TaxonomyError,
    default_taxonomy,
    load_taxonomy,
)
from onguard.taxonomy.loader import DATA_DIR


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


def test_shipped_taxonomy_has_every_contract_id() -> None:
    tax = default_taxonomy()
    assert tax.harm_ids >= REQUIRED_HARM_IDS
    assert tax.indicator_ids >= REQUIRED_INDICATOR_IDS
    assert tax.route_ids >= REQUIRED_ROUTE_IDS
    assert tax.version


def test_every_harm_has_definition_signals_and_a_route() -> None:
    tax = default_taxonomy()
    for harm in tax.harms.values():
        assert harm.definition_parent and harm.definition_practitioner, harm.id
        assert harm.signals, harm.id
        assert harm.routes and all(r in tax.routes for r in harm.routes), harm.id
        assert harm.guide_section in tax.sections, harm.id


def test_every_entry_cites_a_guide_section() -> None:
    tax = default_taxonomy()
    cited = [h.guide_section for h in tax.harms.values()]
    cited += [i.guide_section for i in tax.indicators.values()]
    cited += [r.guide_section for r in tax.routes.values()]
    assert set(cited) <= set(tax.sections)


def test_routes_have_contact_audience_and_check_date() -> None:
    tax = default_taxonomy()
    assert tax.routes["call_999"].contact.phone == "999"
    assert "Report Fraud" in tax.routes["report_fraud"].name
    for route in tax.routes.values():
        c = route.contact
        assert any((c.phone, c.web, c.email, c.text, c.how)), route.id
        assert route.audience and route.last_checked.year >= 2025


def test_stopncii_is_not_for_children() -> None:
    assert "child" not in default_taxonomy().routes["stopncii"].audience


def test_guide_lists_are_complete() -> None:
    g = default_taxonomy().guidance
    assert len(g.impacts) == 14  # the guide lists fourteen effects
    assert len(g.prevention_tips) >= 4 and len(g.talk_points) >= 5
    assert {r.id for r in g.resources} >= {"swgfl", "nspcc", "ygam", "marie_collins_foundation"}


def test_unknown_harm_id_in_indicator_fails(data_copy: Path) -> None:
    _edit(
        data_copy / "indicators.yaml",
        lambda d: d["indicators"][0].update(harms=["grooming", "not_a_harm"]),
    )
    with pytest.raises(
        TaxonomyError, match=r"indicators.yaml.*talks_about_online_friends.*not_a_harm"
    ):
        load_taxonomy(data_copy)


def test_unknown_route_in_harm_fails(data_copy: Path) -> None:
    _edit(
        data_copy / "harms.yaml", lambda d: d["harms"][0].update(routes=["ceop", "no_such_route"])
    )
    with pytest.raises(TaxonomyError, match=r"harms.yaml.*grooming.*no_such_route"):
        load_taxonomy(data_copy)


def test_route_without_contact_details_fails(data_copy: Path) -> None:
    _edit(data_copy / "routes.yaml", lambda d: d["routes"][2].update(contact={}))
    with pytest.raises(TaxonomyError, match=r"routes.yaml: routes\[2\] \(id 'ceop'\).*contact"):
        load_taxonomy(data_copy)


def test_route_with_no_contact_key_fails(data_copy: Path) -> None:
    _edit(data_copy / "routes.yaml", lambda d: d["routes"][2].pop("contact"))
    with pytest.raises(TaxonomyError, match=r"routes.yaml.*'ceop'.*contact"):
        load_taxonomy(data_copy)


def test_duplicate_id_fails(data_copy: Path) -> None:
    _edit(data_copy / "harms.yaml", lambda d: d["harms"].append(dict(d["harms"][3])))
    with pytest.raises(TaxonomyError, match=r"harms.yaml.*duplicate id 'csam'"):
        load_taxonomy(data_copy)


def test_missing_field_fails(data_copy: Path) -> None:
    _edit(data_copy / "harms.yaml", lambda d: d["harms"][1].pop("definition_parent"))
    with pytest.raises(TaxonomyError, match=r"harms.yaml.*'sexting'.*definition_parent"):
        load_taxonomy(data_copy)


def test_missing_contract_id_fails(data_copy: Path) -> None:
    _edit(
        data_copy / "routes.yaml",
        lambda d: d.update(routes=[r for r in d["routes"] if r["id"] != "nrm"]),
    )
    with pytest.raises(TaxonomyError, match=r"missing required route id\(s\): nrm"):
        load_taxonomy(data_copy)


def test_dangling_section_reference_fails(data_copy: Path) -> None:
    _edit(data_copy / "guidance.yaml", lambda d: d["impacts"][0].update(guide_section="nowhere"))
    with pytest.raises(TaxonomyError, match=r"guidance.yaml.*self_blame.*nowhere"):
        load_taxonomy(data_copy)


def test_unknown_field_is_refused(data_copy: Path) -> None:
    _edit(data_copy / "routes.yaml", lambda d: d["routes"][0].update(phone_number="999"))
    with pytest.raises(TaxonomyError, match=r"routes.yaml.*call_999.*phone_number"):
        load_taxonomy(data_copy)


def test_not_yaml_fails_naming_the_file(data_copy: Path) -> None:
    (data_copy / "indicators.yaml").write_text("indicators: [\n  - broken", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"indicators.yaml: not valid YAML"):
        load_taxonomy(data_copy)


def test_wrong_encoding_fails_naming_the_file(data_copy: Path) -> None:
    (data_copy / "harms.yaml").write_bytes("harms: [caf\xe9]".encode("latin-1"))
    with pytest.raises(TaxonomyError, match=r"harms.yaml: not UTF-8"):
        load_taxonomy(data_copy)


def test_lookup_of_unknown_id_names_it() -> None:
    tax = default_taxonomy()
    with pytest.raises(KeyError, match="unknown harm id 'nope'"):
        tax.harm("nope")
    with pytest.raises(ValueError, match="unknown indicator id"):
        tax.check_indicator_ids(["withdrawn_secretive", "bogus"])
