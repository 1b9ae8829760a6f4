"""The roll-up as one JSON document: its period, units, totals, forms, findings, and a block ready
for the office's own tổng kết report (`reports.q4` or, for a school year, `reports.hk2`:
`title_counts` / `awards_received` in its plan)."""

from __future__ import annotations

import json
from collections import Counter

from tdkt.plan.period import Period
from tdkt.rollup.collect import Unit
from tdkt.rollup.facts import COLLECTIVE, UnitFacts
from tdkt.rollup.forms import Form
from tdkt.rules.catalogue import load_catalogue


def _by_code(entries) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = {}
    for entry in entries:
        for code in entry.codes:
            counts.setdefault(code, Counter())["collectives" if entry.holder.kind == COLLECTIVE else "individuals"] += 1
    return {code: {"collectives": c["collectives"], "individuals": c["individuals"]} for code, c in sorted(counts.items())}


def _merge(parts: list[dict]) -> dict[str, dict[str, int]]:
    total: dict[str, Counter] = {}
    for part in parts:
        for code, counts in part.items():
            total.setdefault(code, Counter()).update(counts)
    return {code: {"collectives": c["collectives"], "individuals": c["individuals"]} for code, c in sorted(total.items())}


def summary(period: Period, office: dict, units: list[Unit], facts: dict, forms: list[Form], findings: list,
            files: list[str]) -> str:
    """The JSON text (sorted, stable)."""
    rows, registered, proposed, achieved = [], [], [], []
    for unit in units:
        row = {"path": str(unit.path), "name": unit.name, "status": unit.status, "errors": unit.errors,
               "period": unit.plan.period.name if unit.plan is not None else None}
        f: UnitFacts | None = facts.get(unit.path)
        if f is not None:
            parts = (_by_code(f.registrations), _by_code(f.proposals), _by_code(f.results))
            registered.append(parts[0]), proposed.append(parts[1]), achieved.append(parts[2])
            row.update(people=f.people, registered=parts[0], proposed=parts[1], achieved=parts[2],
                       results_recorded=bool(f.results), movements=len(f.movements))
        rows.append(row)
    counted = list(facts.values())
    totals = {"units": len(units), "counted": len(counted), "people": sum(f.people for f in counted),
              "registered": _merge(registered), "proposed": _merge(proposed), "achieved": _merge(achieved),
              "movements": sum(len(f.movements) for f in counted)}
    payload = {
        "year": period.year,  # the year evaluated: a school year's last
        "period": {"kind": period.kind, "name": period.name, "label": period.label},
        "office": office, "units": rows, "totals": totals,
        "report": {"key": period.report_key(period.parts()[-1]),
                   **_report_block(totals, all(f.results for f in counted) and bool(counted))},
        "forms": [_form(f) for f in forms],
        "findings": [f.as_dict() for f in findings],
        "files": files,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False)


def _report_block(totals: dict, results_complete: bool) -> dict:
    """title_counts and awards_received in the plan's own keys: achieved is null unless every unit recorded results."""
    catalogue = load_catalogue()
    kinds = {e.code: e for e in catalogue.entries}
    titles, awards = [], []
    for code in sorted(set(totals["registered"]) | set(totals["achieved"])):
        entry = kinds.get(code)
        if entry is None or entry.kind != "title":
            continue
        reg = sum(totals["registered"].get(code, {}).values())
        got = sum(totals["achieved"].get(code, {}).values())
        titles.append({"title": code, "registered": reg, "achieved": got if results_complete else None})
    for code, counts in totals["achieved"].items():
        entry = kinds.get(code)
        if entry is not None and entry.kind == "award":
            awards.append({"award": entry.name, **counts})
    return {"title_counts": titles, "awards_received": awards, "results_complete": results_complete}


def _form(form: Form) -> dict:
    rows = []
    for row in form.rows:
        if row.kind == "section":
            continue
        cells = {}
        for column in form.columns:
            cell = form.cell(row, column)
            cells[column.key] = (None if not cell.applies or cell.value is None
                                 else {"value": cell.value, "lower_bound": cell.partial} if cell.partial else cell.value)
        rows.append({"code": row.code, "label": row.label, "unconfirmed": row.unconfirmed, "cells": cells})
    return {"number": form.number, "title": form.title,
            "columns": [{"key": c.key, "number": c.number, "label": " – ".join(p for p in (c.group, c.label) if p)}
                        for c in form.columns], "rows": rows}
