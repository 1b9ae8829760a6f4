"""Help and Click's own words (`Usage`, `Missing option`…) in the chosen language.

The commands are declared once (tdkt.cli.app); before a run, `localise` gives every
command, option and argument its help text and metavar from HELP, and the command
classes below pass Click's fixed English through CLICK_WORDS.
"""

from __future__ import annotations

import re

from typer.core import TyperCommand, TyperGroup

HELP = {
    "vi": {
        "tdkt": "Thi đua – khen thưởng: kế hoạch, báo cáo và đề nghị khen thưởng từ một tệp YAML.",
        "rollup": "Tổng hợp kế hoạch của các đơn vị: danh sách đăng ký, đề nghị, biểu thống kê, kiểm tra chéo.",
        "rollup.folders": "Thư mục chứa kế hoạch của các đơn vị (đọc cả thư mục con).",
        "rollup.output": "Thư mục ghi kết quả (mặc định out/).",
        "rollup.issuer": "Cơ quan tổng hợp (thay office.name trong rollup.yaml).",
        "rollup.place": "Địa danh ở dòng ngày tháng (thay office.place).",
        "rollup.year": "Năm (2022) hoặc năm học (2025-2026) tổng hợp; mặc định năm, năm học có nhiều kế hoạch nhất.",
        "rollup.metavar.folders": "THƯ_MỤC",
        "rollup.metavar.issuer": "CƠ_QUAN",
        "rollup.metavar.place": "ĐỊA_DANH",
        "rollup.metavar.year": "NĂM|NĂM_HỌC",
        "new": "Tạo tệp kế hoạch khởi đầu cho cơ quan, trường học hoặc xã, phường (không ghi đè tệp có sẵn).",
        "validate": "Kiểm tra tệp kế hoạch: cú pháp, khóa, kiểu, ngày, tham chiếu, danh hiệu.",
        "render-plan": "Lập văn bản Kế hoạch (.docx, thể thức Nghị định 30) từ tệp kế hoạch.",
        "report": "Lập báo cáo quý (Q1, Q3), sơ kết 6 tháng (Q2), tổng kết năm (Q4); năm học: sơ kết học kỳ I, tổng kết năm học.",
        "status": "Tình hình thực hiện kế hoạch: tiến độ theo quý, việc quá hạn, đăng ký, báo cáo sắp tới.",
        "evaluate": "Xét tiêu chuẩn danh hiệu thi đua, khen thưởng theo quy định của năm, nêu rõ căn cứ.",
        "render-registration": "Lập bản đăng ký thi đua của từng phòng đã đăng ký và bản tổng hợp của đơn vị.",
        "render-proposal": "Lập tờ trình đề nghị khen thưởng và danh sách kèm theo, từ kết quả họp Hội đồng.",
        "render-minutes": "Lập biên bản họp Hội đồng Thi đua - Khen thưởng xét khen thưởng cuối năm.",
        "render-decision": "Lập quyết định công nhận danh hiệu, tặng Giấy khen thuộc thẩm quyền của đơn vị, kèm danh sách và tiền thưởng.",
        "render-achievement": "Lập báo cáo thành tích cho từng tập thể, cá nhân được đề nghị cấp trên khen thưởng.",
        "render-dossier": "Lập trọn hồ sơ cuối năm (biên bản, quyết định, tờ trình, báo cáo thành tích) vào một thư mục, có mục lục.",
        "numbers": "Sổ số văn bản trong năm: số, ký hiệu, ngày, loại, trích yếu, dãy số; số tiếp theo và số còn trống.",
        "schema": "In JSON Schema của định dạng tệp kế hoạch (để trình soạn thảo gợi ý khóa).",
        "param.plan": "Tệp kế hoạch (mặc định plans/<năm nay>.yaml).",
        "param.plans": "Tệp kế hoạch (mặc định plans/<năm nay>.yaml); nhiều tệp, thư mục (tìm cả thư mục con) "
        "hoặc mẫu như `don-vi/*.yaml` thì chạy theo lô, song song trên các lõi CPU, có bảng tổng kết.",
        "validate.plans": "Tệp kế hoạch, thư mục hoặc mẫu như `don-vi/*.yaml`; mặc định mọi tệp trong plans/.",
        "param.lang": "vi (mặc định) hoặc en; hoặc biến TDKT_LANG.",
        "param.as_of": "Ngày tính tiến độ (mặc định hôm nay).",
        "param.format": "text hoặc json (nhiều kế hoạch: một tài liệu JSON, mỗi kế hoạch một dòng).",
        "param.output": "Thư mục ghi văn bản.",
        "param.pdf": "Chuyển thêm sang PDF bằng LibreOffice.",
        "param.templates": "Thư mục mẫu văn bản riêng.",
        "param.quarter": "Quý 1–4 (2: sơ kết 6 tháng, 4: tổng kết năm).",
        "param.semester": "Năm học: học kỳ 1 (sơ kết học kỳ I) hoặc 2 (tổng kết năm học).",
        "param.year_end": "Tổng kết năm (quý 4) hoặc năm học (học kỳ 2).",
        "param.department": "Chỉ lập bản đăng ký của một phòng (mã).",
        "schema.output": "Ghi ra tệp thay vì màn hình.",
        "new.file": "Tệp kế hoạch mới (mặc định plans/<năm>.yaml).",
        "new.kind": "agency (cơ quan, đơn vị), school (trường học) hoặc commune (xã, phường).",
        "new.year": "Năm (trường học: năm bắt đầu năm học, hoặc năm học, vd. 2025-2026).",
        "new.metavar.file": "TỆP",
        "new.metavar.kind": "agency|school|commune",
        "new.metavar.year": "NĂM",
        "metavar.plan": "KẾ_HOẠCH",
        "metavar.plans": "KẾ_HOẠCH",
        "metavar.lang": "vi|en",
        "metavar.as_of": "NGÀY",
        "metavar.format": "text|json",
        "metavar.output": "THƯ_MỤC",
        "metavar.templates": "THƯ_MỤC",
        "metavar.quarter": "1-4",
        "metavar.semester": "1-2",
        "metavar.department": "MÃ",
        "schema.metavar.output": "TỆP",
        "next-year": "Lập kế hoạch năm sau cạnh tệp này: chuyển người, nội dung; ghi danh hiệu năm nay vào history.",
        "export": "Xuất danh sách ra Excel.",
        "export.registrations": "Xuất bảng đăng ký thi đua ra Excel: trang Tổng hợp và mỗi phòng một trang, có danh sách chọn danh hiệu.",
        "export.registrations.output": "Tệp .xlsx ghi ra.",
        "import": "Nhập danh sách từ Excel vào tệp kế hoạch.",
        "import.registrations": "Nhập bảng đăng ký thi đua từ Excel vào tệp kế hoạch (xem trước; ghi khi có --write).",
        "import.people": "Nhập danh sách cán bộ (họ tên, chức vụ, phòng, giới tính, ngày tuyển dụng, xếp loại…) từ Excel.",
        "param.workbook": "Tệp Excel (.xlsx).",
        "param.write": "Ghi vào tệp kế hoạch (mặc định chỉ cho xem thay đổi).",
        "param.add_people": "Thêm vào kế hoạch người chưa có (thay vì báo lỗi).",
        "param.watch": "Lập lại mỗi khi lưu tệp kế hoạch hoặc mẫu văn bản (Ctrl+C để dừng).",
        "param.xlsx": "Ghi thêm Danh sách đề nghị ra tệp Excel (.xlsx).",
        "metavar.workbook": "TỆP.xlsx",
        "export.registrations.metavar.output": "TỆP.xlsx",
    },
    "en": {
        "tdkt": "Emulation and commendation: plans, reports and award proposals from one YAML file.",
        "rollup": "Roll up the units' plans: registration and proposal lists, statistics forms, checks across units.",
        "rollup.folders": "Folders holding the units' plans (subfolders included).",
        "rollup.output": "Folder to write the results to (default out/).",
        "rollup.issuer": "The office rolling up (instead of office.name in rollup.yaml).",
        "rollup.place": "Place name on the date line (instead of office.place).",
        "rollup.year": "Calendar year (2022) or school year (2025-2026) to roll up; default: the one most plans are for.",
        "rollup.metavar.folders": "FOLDER",
        "rollup.metavar.issuer": "OFFICE",
        "rollup.metavar.place": "PLACE",
        "rollup.metavar.year": "YEAR|SCHOOL_YEAR",
        "new": "Write a starter plan for an agency, a school or a commune (never over an existing file).",
        "validate": "Check plan files: syntax, keys, types, dates, references, titles.",
        "render-plan": "Write the plan document (.docx, in the Decree 30 form) from the plan file.",
        "report": "Write the quarter report (Q1, Q3), the half-year review (Q2) or the year-end review (Q4); "
        "for a school year, the first-semester review or the school-year review.",
        "status": "Where the plan stands: progress by quarter, overdue work, registrations, the next report.",
        "evaluate": "Check the criteria for emulation titles and awards under the year's rules, with their basis.",
        "render-registration": "Write the emulation registration of each registered department and the unit's summary.",
        "render-proposal": "Write the award proposal and its list, from the council's decisions.",
        "render-minutes": "Write the minutes of the emulation and commendation council's year-end meeting.",
        "render-decision": "Write the head's decision on the titles and certificates the unit awards itself, with its list and rewards.",
        "render-achievement": "Write an achievement report for each collective and individual proposed to a higher level.",
        "render-dossier": "Write every year-end document that applies (minutes, decision, proposal, achievement reports) into one folder, with an index.",
        "numbers": "The year's number register: number, symbol, date, kind, subject, sequence; next numbers and gaps.",
        "schema": "Print the JSON Schema of the plan file format (for editors' key completion).",
        "param.plan": "The plan file (default plans/<this year>.yaml).",
        "param.plans": "The plan file (default plans/<this year>.yaml); several files, folders (searched with their "
        "subfolders) or patterns such as `units/*.yaml` run as a batch, a process per core, with a summary table.",
        "validate.plans": "Plan files, folders or patterns such as `units/*.yaml`; default every file in plans/.",
        "param.lang": "vi (default) or en; or the TDKT_LANG variable.",
        "param.as_of": "The date progress is measured at (default today).",
        "param.format": "text or json (several plans: one JSON document, a row per plan).",
        "param.output": "Folder to write documents into.",
        "param.pdf": "Convert to PDF as well, with LibreOffice.",
        "param.templates": "A folder of your own document templates.",
        "param.quarter": "Quarter 1–4 (2: half-year review, 4: year-end review).",
        "param.semester": "School year: semester 1 (first-semester review) or 2 (school-year review).",
        "param.year_end": "The year-end review (quarter 4) or the school-year review (semester 2).",
        "param.department": "Only the registration of one department (its id).",
        "schema.output": "Write to a file instead of the screen.",
        "new.file": "The new plan file (default plans/<year>.yaml).",
        "new.kind": "agency, school or commune.",
        "new.year": "The year (a school: the year the school year starts, or the school year, e.g. 2025-2026).",
        "new.metavar.file": "FILE",
        "new.metavar.kind": "agency|school|commune",
        "new.metavar.year": "YEAR",
        "metavar.plan": "PLAN",
        "metavar.plans": "PLAN",
        "metavar.lang": "vi|en",
        "metavar.as_of": "DATE",
        "metavar.format": "text|json",
        "metavar.output": "FOLDER",
        "metavar.templates": "FOLDER",
        "metavar.quarter": "1-4",
        "metavar.semester": "1-2",
        "metavar.department": "ID",
        "schema.metavar.output": "FILE",
        "next-year": "Write next year's plan beside this one: people and text carried over, this year's titles into history.",
        "export": "Export lists to Excel.",
        "export.registrations": "Export the registration workbook: a summary sheet and one sheet per department, with title drop-downs.",
        "export.registrations.output": "The .xlsx file to write.",
        "import": "Import lists from Excel into the plan file.",
        "import.registrations": "Import the registration workbook into the plan file (a preview; written with --write).",
        "import.people": "Import the staff list (name, position, department, gender, hire date, rating…) from Excel.",
        "param.workbook": "The Excel file (.xlsx).",
        "param.write": "Write the plan file (by default the changes are only shown).",
        "param.add_people": "Add people the plan does not have (instead of an error).",
        "param.watch": "Render again whenever the plan or a template is saved (Ctrl+C to stop).",
        "param.xlsx": "Also write the proposal list as an Excel file (.xlsx).",
        "metavar.workbook": "FILE.xlsx",
        "export.registrations.metavar.output": "FILE.xlsx",
    },
}

# Click's fixed English, in the order applied (Vietnamese only; English is left as it is).
# Typer's `<path>` beside an argument helps no one; blanked, not removed, so that the help
# text beside the argument stays in the column Click laid it out in
TYPE_NAMES = (r" <(?:list\[)?[A-Za-z]+\]?>", lambda found: " " * len(found.group()))
CLICK_WORDS = {
    "vi": (
        TYPE_NAMES,
        (r"(?m)^Usage: ", "Cách dùng: "),
        (r"\[OPTIONS\]", "[TÙY_CHỌN]"),
        (r"COMMAND \[ARGS\]\.\.\.", "LỆNH [ĐỐI_SỐ]..."),
        (r"(?m)^Options:$", "Tùy chọn:"),
        (r"(?m)^Arguments:$", "Đối số:"),
        (r"(?m)^Commands:$", "Lệnh:"),
        (r"Show this message and exit\.", "Hiện hướng dẫn này rồi thoát."),
        (r"\[default:(\s)", r"[mặc định:\1"),  # Click may wrap the line after the colon
        (r"(\[|;\s)required\]", r"\1bắt buộc]"),
        (r"\[env\s+var:(\s)", r"[biến môi trường:\1"),
        (r"(?m)^Error: ", "Lỗi: "),
        (r"Try '([^']*)' for help\.", r"Xem `\1` để biết cách dùng."),
        (r"No such option: (\S+)", r"Không có tùy chọn \1"),
        (r"\(Possible options: ([^)]*)\)", r"(có thể là: \1)"),
        (r"Did you mean ([^?]*)\?", r"Có phải ý bạn là \1?"),
        (r"Missing option (.*?)\.", r"Thiếu tùy chọn \1."),
        (r"Missing argument (.*?)\.", r"Thiếu đối số \1."),
        (r"Missing parameter: (.*)", r"Thiếu tham số \1"),
        (r"Missing command\.", "Thiếu lệnh."),
        (r"No such command (.*?)\.", r"Không có lệnh \1."),
        (r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", r"Thừa đối số (\1)"),
        (r"Option (\S+) requires an argument\.", r"Tùy chọn \1 cần một giá trị."),
        (r"Option (\S+) requires (\d+) arguments\.", r"Tùy chọn \1 cần \2 giá trị."),
        (r"Option (\S+) does not take a value\.", r"Tùy chọn \1 không nhận giá trị."),
        (r"Invalid value for (.*?): ", r"Giá trị không hợp lệ cho \1: "),
        (r"(\S+) is not a valid integer( range)?\.", r"\1 không phải là số nguyên."),
        (r"(\S+) is not a valid float( range)?\.", r"\1 không phải là số."),
        (r"(\S+) is not a valid boolean\.", r"\1 không phải là có/không."),
        (r"(\S+) is not in the range (\S+)\.", r"\1 không nằm trong khoảng \2."),
        (r"(\S+) is not one of (.*?)\.", r"\1 không thuộc: \2."),
        (r"Input should be a valid integer[^\n]*", "cần một số nguyên"),
        (r"Input should be a valid number[^\n]*", "cần một số"),
        (r"Input should be a valid boolean[^\n]*", "cần có hoặc không"),
        (r"Input should be less than or equal to (\S+)", r"cần ≤ \1"),
        (r"Input should be greater than or equal to (\S+)", r"cần ≥ \1"),
        (r"Aborted!?", "Đã dừng."),
        (r"\bINTEGER RANGE\b", "SỐ"),
        (r"\bINTEGER\b", "SỐ"),
        (r"\bTEXT\b", "CHỮ"),
        (r"\bPATH\b", "ĐƯỜNG_DẪN"),
    ),
    "en": (TYPE_NAMES,),
}


def translate(text: str, lang: str) -> str:
    """Click's own words in `text`, worded in `lang`."""
    for pattern, replacement in CLICK_WORDS[lang]:
        text = re.sub(pattern, replacement, text)
    return text


class _Localised:
    """A command whose help and usage lines are passed through `translate`."""

    language = "vi"

    def get_help(self, ctx) -> str:
        return translate(super().get_help(ctx), self.language)

    def get_usage(self, ctx) -> str:
        return translate(super().get_usage(ctx), self.language)


class Group(_Localised, TyperGroup):
    """The `tdkt` group."""


class Command(_Localised, TyperCommand):
    """One `tdkt` subcommand; while it runs, `running()` gives it as typed."""

    def make_context(self, info_name, args, parent=None, **extra):
        typed = list(args)  # parsing consumes `args`
        ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta[_TYPED] = typed
        return ctx

    def invoke(self, ctx):
        _running.append([*ctx.command_path.split(" "), *ctx.meta.get(_TYPED, [])])
        try:
            return super().invoke(ctx)
        finally:
            _running.pop()


_TYPED = "tdkt.typed"
_running: list[list[str]] = []  # the command lines under way, innermost last


def running() -> list[str]:
    """The command being run, as typed (`tdkt report -q 1`, without the group's own options)."""
    return list(_running[-1]) if _running else ["tdkt"]


def localise(group, lang: str) -> None:
    """Give the group, its commands and their parameters the help of `lang`."""
    texts = HELP[lang]
    group.language, group.help = lang, texts["tdkt"]
    _parameters(group, "tdkt", texts)
    for name, command in group.commands.items():
        command.language, command.help, command.short_help = lang, texts[name], None
        _parameters(command, name, texts)
        for sub_name, sub in getattr(command, "commands", {}).items():  # `tdkt import registrations`
            key = f"{name}.{sub_name}"
            sub.language, sub.help, sub.short_help = lang, texts[key], None
            _parameters(sub, key, texts)


def _parameters(command, name: str, texts: dict) -> None:
    for param in command.params:
        help_text = texts.get(f"{name}.{param.name}") or texts.get(f"param.{param.name}")
        if help_text is not None and hasattr(param, "help"):
            param.help = help_text
        metavar = texts.get(f"{name}.metavar.{param.name}") or texts.get(f"metavar.{param.name}")
        if metavar is not None and not getattr(param, "is_flag", False):
            param.metavar = metavar
