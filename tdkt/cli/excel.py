"""`tdkt export registrations` and `tdkt import registrations|people`: the Excel lists."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli import help as helptext
from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.output import say
from tdkt.errors import UsageError, UserError
from tdkt.files import output_file

# problem code → (message_vi, message_en, hints_vi, hints_en); the first hint whose values are known is shown
PROBLEMS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "missing": ("không tìm thấy tệp Excel", "Excel file not found", ("kiểm tra lại đường dẫn",), ("check the path",)),
    "folder": ("đây là thư mục, không phải tệp Excel", "this is a folder, not an Excel file",
               ("ghi tên tệp .xlsx, vd. `{example}`",), ("name the .xlsx file, e.g. `{example}`",)),
    "no_person_row": ("dòng không ghi Mã người hay Họ và tên", "the row gives neither Mã người nor Họ và tên",
                      ("ghi Mã người hoặc Họ và tên; bảng nhập là danh sách cán bộ, mỗi dòng một người",),
                      ("fill in Mã người or Họ và tên; the sheet is a staff list, one person a row",)),
    "unreadable": ("không đọc được tệp Excel", "cannot read the Excel file",
                   ("lưu lại dưới dạng Excel Workbook (.xlsx)",), ("save it as an Excel Workbook (.xlsx)",)),
    "no_headers": ("không tìm thấy dòng tiêu đề cột", "no header row found",
                   ("cần các cột: {expected}",), ("columns needed: {expected}",)),
    "merged": ("ô gộp {range}: Excel chỉ giữ giá trị ở ô đầu, các dòng dưới bị coi là để trống",
               "merged cells {range}: Excel keeps the value in the first cell only, the rows below read as blank",
               ("bỏ gộp ô (Merge & Center) và ghi giá trị vào từng ô",), ("unmerge the cells (Merge & Center) and fill in each one",)),
    "unnamed_column": ("cột có số liệu (từ ô {first}) nhưng ô tiêu đề để trống", "the column has data (from {first}) but no header",
                       ("ghi lại tiêu đề cột như trong tệp do tdkt lập, vd. `Danh hiệu thi đua`, hoặc xóa số liệu thừa",),
                       ("write the column's header back as in the file tdkt made, e.g. `Danh hiệu thi đua`, or delete the stray data",)),
    "missing_column": ("thiếu cột {header}: không biết được đăng ký của trang này",
                       "no {header} column: this sheet's registrations cannot be known",
                       ("đừng xóa cột; chép lại dòng tiêu đề từ tệp do `tdkt export registrations` lập",),
                       ("do not delete columns; copy the header row from the file `tdkt export registrations` makes",)),
    "no_person_column": ("thiếu cột Mã người hoặc Họ và tên", "no Mã người or Họ và tên column",
                         ("thêm cột Mã người (như trong tệp do `tdkt export registrations` lập)",),
                         ("add a Mã người column (as in the file `tdkt export registrations` makes)",)),
    "no_department_column": ("thiếu cột Phòng", "no Phòng (department) column",
                             ("thêm cột Phòng ghi mã hoặc tên phòng",), ("add a Phòng column with the department's id or name",)),
    "unknown_sheet": ("không có phòng, bộ phận nào mã `{value}` (tên trang)", "no department has the id `{value}` (the sheet's name)",
                      ("đặt tên trang bằng mã phòng; có phải ý bạn là `{suggestion}`?", "đặt tên trang bằng mã phòng"),
                      ("name the sheet by the department's id; did you mean `{suggestion}`?", "name the sheet by the department's id")),
    "unknown_department": ("không có phòng, bộ phận `{value}`", "no department `{value}`",
                           ("có phải ý bạn là `{suggestion}`?", "ghi mã hoặc tên phòng như trong tệp kế hoạch"),
                           ("did you mean `{suggestion}`?", "write the department's id or name as in the plan")),
    "no_person": ("dòng có danh hiệu nhưng không ghi mã hay họ tên người", "a row with a title but no person's id or name",
                  ("ghi Mã người hoặc Họ và tên",), ("fill in Mã người or Họ và tên",)),
    "ambiguous_name": ("trong phòng có nhiều người tên `{name}` ({ids})", "several people in the department are named `{name}` ({ids})",
                       ("ghi Mã người để phân biệt",), ("fill in Mã người to tell them apart",)),
    "unknown_name": ("phòng `{department}` không có người tên `{name}`", "no one named `{name}` in `{department}`",
                     ("kiểm tra chính tả hoặc ghi Mã người; người mới thì chạy lại với --add-people",),
                     ("check the spelling or fill in Mã người; for a new person run again with --add-people",)),
    "other_department": ("`{id}` thuộc phòng `{home}`, không thuộc `{department}`", "`{id}` is in `{home}`, not in `{department}`",
                         ("ghi người này ở trang `{home}`",), ("list this person on the `{home}` sheet",)),
    "unknown_person": ("không có người nào mã `{id}`", "no person has the id `{id}`",
                       ("có phải ý bạn là `{suggestion}`? Người mới thì chạy lại với --add-people",
                        "người mới thì chạy lại với --add-people"),
                       ("did you mean `{suggestion}`? For a new person run again with --add-people",
                        "for a new person run again with --add-people")),
    "new_without_name": ("người mới `{id}` chưa có họ và tên", "the new person `{id}` has no name",
                         ("ghi Họ và tên",), ("fill in Họ và tên",)),
    "bad_id": ("mã `{value}` không hợp lệ", "invalid id `{value}`",
               ("chỉ dùng chữ thường không dấu, số và `_ - .`, vd. `nthuong`",), ("use lower-case ASCII letters, digits and `_ - .`",)),
    "listed_twice": ("`{id}` đã có ở {first}", "`{id}` is already listed at {first}",
                     ("mỗi người ghi một dòng",), ("list each person once",)),
    "unknown_title": ("không có danh hiệu, hình thức khen thưởng `{value}` theo {regime}",
                      "no title or award form `{value}` under {regime}",
                      ("có phải ý bạn là `{suggestion}`?", "chọn trong danh sách của ô, hoặc ghi mã (LDTT, CSTDCS, GK…)"),
                      ("did you mean `{suggestion}`?", "choose from the cell's list, or write a code (LDTT, CSTDCS, GK…)")),
    "award_in_title": ("`{name}` là hình thức khen thưởng, không phải danh hiệu thi đua",
                       "`{name}` is an award form, not an emulation title",
                       ("ghi vào cột Hình thức khen thưởng",), ("put it in the Hình thức khen thưởng column",)),
    "title_in_awards": ("`{name}` là danh hiệu thi đua, không phải hình thức khen thưởng",
                        "`{name}` is an emulation title, not an award form",
                        ("ghi vào cột Danh hiệu",), ("put it in the Danh hiệu column",)),
    "wrong_scope_individual": ("`{name}` là danh hiệu tập thể, không xét cho cá nhân", "`{name}` is a collective title, not for a person",
                               ("danh hiệu cá nhân: {allowed}",), ("individual titles: {allowed}",)),
    "wrong_scope_collective": ("`{name}` là danh hiệu cá nhân, không xét cho tập thể", "`{name}` is an individual title, not for a collective",
                               ("danh hiệu tập thể: {allowed}",), ("collective titles: {allowed}",)),
    "bad_date": ("`{value}` không phải là ngày", "`{value}` is not a date",
                 ("ghi 31/03/2022, hoặc định dạng ô kiểu Ngày",), ("write 31/03/2022, or format the cell as a date",)),
    "bad_choice": ("`{value}` không phải {what} hợp lệ", "`{value}` is not a valid {what}",
                   ("chọn một trong: {expected}",), ("choose one of: {expected}",)),
    "moved": ("`{id}` đang ở phòng `{home}`, bảng ghi phòng `{department}`", "`{id}` is in `{home}`, the sheet says `{department}`",
              ("chuyển phòng thì sửa trong tệp kế hoạch rồi nhập lại",), ("to move a person, edit the plan file, then import again",)),
}
WHAT = {"vi": {"gender": "giới tính", "rating": "xếp loại", "discipline": "kỷ luật"},
        "en": {"gender": "gender", "rating": "rating", "discipline": "discipline"}}

TEXTS = {
    "vi": {
        "exported": "Đã ghi {path}: {departments} phòng, {people} người (trang Tổng hợp và mỗi phòng một trang).",
        "swapped": "tệp Excel ghi trước, tệp kế hoạch ghi sau",
        "swapped.hint": "chạy `tdkt import {command} {workbook} {plan}`",
        "not_xlsx": "tệp ghi ra phải có đuôi .xlsx",
        "not_xlsx.hint": "vd. `-o {example}`",
        "problem": "{place}: lỗi: {message}",
        "hint_line": "      gợi ý: {hint}",
        "failed": "{file}: {count} lỗi; chưa ghi gì vào {plan}.",
        "nothing": "{file}: không có gì khác với {plan}.",
        "will": "Sẽ thay đổi trong {plan} ({count}):",
        "dry": "Chưa ghi. Kiểm tra rồi chạy lại với --write để ghi vào {plan}.",
        "written": "Đã ghi {count} thay đổi vào {plan} (giữ nguyên chú thích và bố cục).",
        "invalid_after": "Sau khi nhập, tệp kế hoạch sẽ có lỗi; chưa ghi gì:",
        "none": "không đăng ký",
        "changes": {
            "department": "{where}: {name} [{department}] (tập thể): {before} → {after}",
            "person": "{where}: {name} [{id}]: {before} → {after}",
            "add_person": "{where}: thêm người mới {name} [{id}] vào phòng `{department}` (--add-people)",
            "field": "{where}: {name} [{id}]: {field} {before} → {after}",
        },
        "empty": "—",
    },
    "en": {
        "exported": "Wrote {path}: {departments} departments, {people} people (a summary sheet and one sheet per department).",
        "swapped": "the Excel file comes first, the plan second",
        "swapped.hint": "run `tdkt import {command} {workbook} {plan}`",
        "not_xlsx": "the output must end in .xlsx",
        "not_xlsx.hint": "e.g. `-o {example}`",
        "problem": "{place}: error: {message}",
        "hint_line": "      hint: {hint}",
        "failed": "{file}: {count} error(s); nothing written to {plan}.",
        "nothing": "{file}: nothing differs from {plan}.",
        "will": "Changes to {plan} ({count}):",
        "dry": "Not written. Check, then run again with --write to write {plan}.",
        "written": "Wrote {count} change(s) to {plan} (comments and layout kept).",
        "invalid_after": "The plan would have errors after the import; nothing written:",
        "none": "not registered",
        "changes": {
            "department": "{where}: {name} [{department}] (collective): {before} → {after}",
            "person": "{where}: {name} [{id}]: {before} → {after}",
            "add_person": "{where}: new person {name} [{id}] added to `{department}` (--add-people)",
            "field": "{where}: {name} [{id}]: {field} {before} → {after}",
        },
        "empty": "—",
    },
}

# help texts: tdkt.cli.help
export_app = typer.Typer(cls=helptext.Group, no_args_is_help=True, rich_markup_mode=None)
import_app = typer.Typer(cls=helptext.Group, no_args_is_help=True, rich_markup_mode=None)
WorkbookArgument = Annotated[Path, typer.Argument()]
WriteOption = Annotated[bool, typer.Option("--write")]
AddPeopleOption = Annotated[bool, typer.Option("--add-people")]


EXPORTED = "dang-ky-thi-dua.xlsx"


def _workbook_output(value: Path) -> Path:
    return output_file(value, EXPORTED)


@export_app.command("registrations", cls=helptext.Command)
def export_registrations(
    plan: PlanArgument = None,
    output: Annotated[Path, typer.Option("-o", "--output", callback=_workbook_output)] = Path(EXPORTED),
    lang: LangOption = None,
) -> None:
    """Xuất bảng đăng ký thi đua ra Excel: trang Tổng hợp và mỗi phòng một trang, có danh sách chọn danh hiệu."""
    from tdkt.excel.export import registrations_workbook
    from tdkt.files import write_atomic

    job = open_plan(plan, lang)
    texts = TEXTS[job.language]
    if output.suffix.lower() != ".xlsx":
        raise UsageError("not_xlsx", where=str(output), texts=TEXTS, example=output.with_suffix(".xlsx"))
    write_atomic(output, registrations_workbook(job.plan))
    print(texts["exported"].format(path=output, departments=len(job.plan.departments), people=len(job.plan.people())))


def _import_command(module: str, summary: str):
    """`tdkt import KIND`: read the workbook with `tdkt.excel.<module>`, show or write the merge."""

    def merge(
        workbook: WorkbookArgument,
        plan: PlanArgument = None,
        write: WriteOption = False,
        add_people: AddPeopleOption = False,
        lang: LangOption = None,
    ) -> None:
        from importlib import import_module

        kind = import_module(f"tdkt.excel.{module}")
        if plan is not None and workbook.suffix.lower() in (".yaml", ".yml") and plan.suffix.lower() == ".xlsx":
            raise UsageError("swapped", texts=TEXTS, command={"registrations": "registrations", "staff": "people"}[module],
                             workbook=plan, plan=workbook)
        job = open_plan(plan, lang)
        _finish(_read(kind.read, workbook, job, add_people), kind.apply, workbook, job, write)

    merge.__doc__ = summary
    return merge


import_registrations = import_app.command("registrations", cls=helptext.Command)(_import_command(
    "registrations", "Nhập bảng đăng ký thi đua từ Excel vào tệp kế hoạch (xem trước; ghi khi có --write)."))
import_people = import_app.command("people", cls=helptext.Command)(_import_command(
    "staff", "Nhập danh sách cán bộ (họ tên, chức vụ, phòng, giới tính, ngày tuyển dụng, xếp loại…) từ Excel."))


def _read(reader, workbook: Path, job, add_people: bool):
    from tdkt.excel.reading import Problem, Unreadable

    try:
        return reader(workbook, job.plan, add_people)
    except Unreadable as exc:
        code = str(exc) if str(exc) in ("missing", "folder") else "unreadable"
        _problems([Problem("", "", code, {"example": str(workbook / EXPORTED)})], workbook, job)


def _finish(outcome, apply, workbook: Path, job, write: bool) -> None:
    """Problems (exit 1, nothing written), else the changes; written only with --write."""
    texts = TEXTS[job.language]
    if outcome.problems:
        _problems(outcome.problems, workbook, job)
    if not outcome.changes:
        print(texts["nothing"].format(file=workbook, plan=job.path))
        return
    print(texts["will"].format(plan=job.path, count=len(outcome.changes)))
    names = {**{p.id: p.name for p in job.plan.people().values()}, **{d.id: d.name for d in job.plan.departments}}
    print("\n".join("  " + change_text(change, names, job.language) for change in outcome.changes))
    if not write:
        say(texts["dry"].format(plan=job.path))
        return
    _writable(job.path)
    text = apply(job.path.read_bytes().decode("utf-8-sig"), outcome)
    _write_checked(text, job, texts)
    print(texts["written"].format(count=len(outcome.changes), plan=job.path))


def _writable(path: Path) -> None:
    """A read-only plan is not replaced (renaming over it would succeed): a UserError instead."""
    import os
    import stat

    if not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise UserError("plan_read_only", where=str(path))


def _problems(problems, workbook: Path, job) -> None:
    """Every problem, located at its sheet and cell, then the error that stops the command (exit 1)."""
    texts, lang = TEXTS[job.language], job.language
    for problem in problems:
        message, hint = word(problem.code, problem.params, lang)
        place = f"{workbook}:{problem.sheet}!{problem.cell}" if problem.sheet else str(workbook)
        print(texts["problem"].format(place=place, message=message))
        if hint:
            print(texts["hint_line"].format(hint=hint))
    raise UserError("failed", texts=TEXTS, file=workbook, count=len(problems), plan=job.path)


def word(code: str, params: dict, lang: str) -> tuple[str, str]:
    """A workbook problem's message and the first hint whose values are all known."""
    vi, en, hints_vi, hints_en = PROBLEMS[code]
    # a param tdkt worded in both languages ({"vi": …, "en": …}) takes the one asked for
    params = {name: value[lang] if isinstance(value, dict) and set(value) == {"vi", "en"} else value
              for name, value in params.items()}
    if "what" in params:
        params["what"] = WHAT[lang][params["what"]]
    message = (vi if lang == "vi" else en).format(**params)
    for hint in hints_vi if lang == "vi" else hints_en:
        try:
            return message, hint.format(**params)
        except KeyError:
            continue
    return message, ""


def change_text(change, names: dict[str, str], lang: str) -> str:
    """One change as a line: where in the workbook, who, before → after."""
    texts = TEXTS[lang]
    params = dict(change.params)
    params["name"] = params.get("name") or names.get(params.get("id") or params.get("department"), "")
    for key in ("before", "after"):
        value = params.get(key)
        if isinstance(value, tuple):
            title, awards = value
            params[key] = "; ".join([*([title] if title else []), *awards]) or f"({texts['none']})"
        elif value is None and key in params:
            params[key] = texts["empty"]
    return texts["changes"][change.code].format(where=change.where, **{k: v for k, v in params.items() if k != "where"})


def _write_checked(text: str, job, texts: dict) -> None:
    """Write the plan only if it stays valid: checked in a temporary file beside it, then moved in place."""
    import os
    import tempfile

    from tdkt.cli.output import text_report
    from tdkt.checking import check_file

    folder = job.path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{job.path.stem}.", suffix=job.path.suffix, dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        checked = check_file(tmp, as_of=job.as_of, lang=job.language)
        if not checked.ok:  # the findings name the plan, not the copy they were checked in
            print(text_report(checked.shown_as(str(job.path)), job.language))
            raise UserError("invalid_after", texts=TEXTS)
        os.chmod(tmp, os.stat(job.path).st_mode & 0o777)
        os.replace(tmp, job.path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
