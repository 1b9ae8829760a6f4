"""Pydantic's errors as our own problem codes, never its English text."""

from __future__ import annotations

import difflib
import re
import types
import typing

from pydantic import BaseModel

from tdkt.plan.problems import Problem

_SIMPLE = {
    "missing": "missing",
    "string_type": "expected_text",
    "list_type": "expected_list",
    "model_type": "expected_mapping",
    "model_attributes_type": "expected_mapping",
    "dict_type": "expected_mapping",
    "int_parsing": "expected_integer",
    "int_type": "expected_integer",
    "int_from_float": "expected_integer",
    "decimal_parsing": "expected_number",
    "decimal_type": "expected_number",
    "float_parsing": "expected_number",
    "float_type": "expected_number",
    "string_too_short": "empty",
    "literal_error": "not_one_of",
    "date_form": "date_form",
    "date_not_exist": "date_not_exist",
}
_PATTERN_CODES = {"^[a-z0-9][a-z0-9_.-]*$": "bad_id", "^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$": "bad_abbreviation"}


def translate(errors: list[dict], model: type[BaseModel], data: object) -> list[Problem]:
    """One Problem per Pydantic error (union branches collapsed to one per place).

    `data` is what was validated: a segment of an error's loc is kept when it leads into
    the data, so keys holding `-` or `[` stay while Pydantic's branch names are dropped.
    """
    problems: list[Problem] = []
    seen: set[tuple] = set()
    for err in errors:
        problem = _one(err, model, data)
        key = (problem.code, problem.loc)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    return problems


def _one(err: dict, model: type[BaseModel], data: object) -> Problem:
    kind, loc, ctx = err["type"], tuple(err["loc"]), err.get("ctx") or {}
    data_loc = _data_loc(loc, data, kind)
    field = _field_label(data_loc)
    value = err.get("input")
    params = {"field": field, "value": _short(value), "example": 2022 if data_loc[-1:] == ("year",) else 7}
    if kind == "extra_forbidden" and data_loc:
        key = str(data_loc[-1])
        allowed = _allowed_keys(model, data_loc[:-1])
        close = _suggest(key, allowed)
        if close:
            return Problem("unknown_key", data_loc, {"key": key, "suggestion": close}, at_key=True)
        return Problem("unknown_key_list", data_loc, {"key": key, "allowed": ", ".join(allowed)}, at_key=True)
    if kind == "missing" and data_loc:
        return Problem("missing", data_loc, {"field": str(data_loc[-1])})
    if "[key]" in loc:  # a year of `history` that is no year: point at the key itself
        ge, le = _key_bounds(model, data_loc[:-1])
        return Problem("bad_year_key", data_loc, {**params, "ge": ge, "le": le}, at_key=True)
    if value is None and kind in ("string_type", "int_type", "int_parsing", "model_type", "list_type", "literal_error", "date_type"):
        return Problem("empty", data_loc, params)
    if kind == "string_pattern_mismatch":
        return Problem(_PATTERN_CODES.get(ctx.get("pattern"), "invalid_value"), data_loc, params)
    if kind in ("less_than_equal", "greater_than_equal", "less_than", "greater_than", "int_parsing_size"):
        bounds = _bounds(model, data_loc)
        if bounds[0] is not None and bounds[1] is not None:
            return Problem("out_of_range", data_loc, {**params, "ge": bounds[0], "le": bounds[1]})
        if kind == "int_parsing_size":  # thousands of digits
            return Problem("too_large" if bounds[1] is not None else "expected_integer", data_loc, {**params, "le": bounds[1]})
        code = "too_small" if kind.startswith("greater") else "too_large"
        return Problem(code, data_loc, {**params, "ge": ctx.get("ge", ctx.get("gt")), "le": ctx.get("le", ctx.get("lt"))})
    if kind == "literal_error":
        expected = re.sub(r"'([^']*)'", r"`\1`", ctx.get("expected", "")).replace(" or ", ", ")
        return Problem("not_one_of", data_loc, {**params, "expected": expected})
    if kind in _SIMPLE:
        return Problem(_SIMPLE[kind], data_loc, params)
    return Problem("invalid_value", data_loc, params)


def _data_loc(loc: tuple, data: object, kind: str) -> tuple:
    """The segments of `loc` that lead into `data` (plus a missing key's name at the end)."""
    kept: list = []
    node = data
    for i, segment in enumerate(loc):
        if isinstance(node, dict) and isinstance(segment, str) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node):
            node = node[segment]
        elif kind == "missing" and i == len(loc) - 1 and isinstance(segment, str):
            node = None
        else:
            continue  # a union branch name or `[key]`: not in the file
        kept.append(segment)
    return tuple(kept)


def _suggest(key: str, allowed: list[str]) -> str | None:
    """The valid key meant by `key`: same letters with `_` for `-` or spaces, else the closest."""
    folded = {a.replace("_", "").lower(): a for a in allowed}
    same = folded.get(key.replace("-", "").replace("_", "").replace(" ", "").lower())
    if same:
        return same
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def _field_label(loc: tuple) -> str:
    label = ""
    for segment in loc:
        label += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if label else segment)
    return label or "(gốc)"


def _short(value: object) -> str:
    if isinstance(value, (dict, list)) or value is None:
        return ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:37] + "…"


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the field at `loc`'s end (walking lists and optionals)."""
    current: object = model
    for segment in loc:
        current = _unwrap(current)
        if isinstance(segment, int):
            args = typing.get_args(current)
            current = args[0] if args else None
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(segment)
        if field is None:
            return None
        current = field.annotation
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: object) -> object:
    """Strip Optional/Annotated wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


def _allowed_keys(model: type[BaseModel], parent_loc: tuple) -> list[str]:
    holder = _model_at(model, parent_loc)
    return list(holder.model_fields) if holder else []


def _key_bounds(model: type[BaseModel], loc: tuple) -> tuple[object, object]:
    """The (ge, le) bounds on the keys of the mapping field at `loc` (a person's `history`)."""
    holder = _model_at(model, loc[:-1])
    if holder is None or not loc or loc[-1] not in holder.model_fields:
        return None, None
    mapping = _unwrap(typing.get_type_hints(holder, include_extras=True)[loc[-1]])
    key = (typing.get_args(mapping) or (None,))[0]
    ge = le = None
    for info in typing.get_args(key)[1:] if typing.get_origin(key) is typing.Annotated else ():
        for meta in getattr(info, "metadata", [info]):
            ge, le = getattr(meta, "ge", ge), getattr(meta, "le", le)
    return ge, le


def _bounds(model: type[BaseModel], loc: tuple) -> tuple[object, object]:
    holder = _model_at(model, loc[:-1])
    if holder is None or not isinstance(loc[-1], str) or loc[-1] not in holder.model_fields:
        return None, None
    ge = le = None
    for meta in holder.model_fields[loc[-1]].metadata:
        ge = getattr(meta, "ge", ge)
        le = getattr(meta, "le", le)
    return ge, le
