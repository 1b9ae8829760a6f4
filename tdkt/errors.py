"""User mistakes as one kind of exception: a message key, its params and an exit code.

Raise `UserError("key", **params)` when the input is wrong (exit 1) and `UsageError(...)`
when the command line is (exit 2); give `where=` for a place (`file:line`) and `texts=`
for a table of one's own. The entry point (tdkt.cli.app.main) words the error in the
chosen language and exits with its code. Anything else escaping a command is a bug: an
internal error, exit 3.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]
INTERNAL_ERROR = 3  # the exit code of a bug

# General mistakes of files, paths and options. A key `x.hint` words the hint of `x`.
TEXTS: Table = {
    "vi": {
        "hint": "gợi ý",
        "bad_lang": "--lang: không có ngôn ngữ `{value}`; chọn vi hoặc en",
        "bad_env_lang": "TDKT_LANG: không có ngôn ngữ `{value}`; chọn vi hoặc en",
        "output_not_folder": "đây là một tệp, không phải thư mục để ghi văn bản",
        "output_not_folder.hint": "chỉ một thư mục sau -o, vd. `-o out`",
        "output_under_file": "`{part}` là một tệp, không phải thư mục, nên không ghi vào đây được",
        "output_under_file.hint": "chọn đường dẫn khác sau -o, vd. `-o {example}`",
        "output_is_folder": "đây là một thư mục, không phải tệp để ghi",
        "output_is_folder.hint": "chỉ một tệp sau -o, vd. `-o {example}`",
        "name_too_long": "tên quá dài",
        "name_too_long.hint": "rút ngắn tên thư mục hoặc tệp",
        "templates_missing": "--templates: không có thư mục `{path}`",
        "templates_missing.hint": "ghi thư mục chứa các mẫu .j2, vd. `--templates mau`, hoặc bỏ --templates để dùng `templates/` cạnh tệp kế hoạch",
        "templates_not_folder": "--templates: `{path}` là một tệp, không phải thư mục",
        "templates_not_folder.hint": "ghi thư mục chứa các mẫu .j2, không phải một tệp mẫu",
        "write_denied": "không có quyền ghi vào đây",
        "write_denied.hint": "chọn thư mục khác bằng -o, hoặc cấp quyền ghi",
        "read_only": "ổ đĩa chỉ đọc, không ghi được",
        "read_only.hint": "ghi vào một thư mục khác (vd. `-o` chỉ thư mục trên ổ ghi được)",
        "disk_full": "ổ đĩa đã đầy",
        "disk_full.hint": "giải phóng chỗ trống trên ổ đĩa, hoặc ghi vào ổ khác",
        "not_a_folder": "một phần của đường dẫn là tệp, không phải thư mục",
        "not_a_folder.hint": "chọn đường dẫn khác",
        "is_a_folder": "đây là thư mục, không ghi đè bằng tệp được",
        "is_a_folder.hint": "đổi tên hoặc chuyển thư mục đó đi, hoặc chọn đường dẫn khác",
        "no_such_folder": "không có thư mục này và không tạo được",
        "no_such_folder.hint": "kiểm tra đường dẫn (ổ đĩa, tên thư mục), hoặc ghi vào thư mục khác",
        "cannot_write": "không ghi được: {reason}",
        "cannot_write.hint": "kiểm tra đường dẫn và quyền ghi, hoặc ghi vào thư mục khác",
        "same_as_plan": "không ghi đè tệp kế hoạch",
        "same_as_plan.hint": "chọn thư mục hoặc tên tệp khác sau -o",
        "plan_read_only": "tệp chỉ đọc nên không ghi vào được; chưa ghi gì",
        "plan_read_only.hint": "bỏ thuộc tính chỉ đọc của tệp (Windows: chuột phải → Properties → bỏ chọn Read-only) "
        "rồi chạy lại với --write",
        "no_soffice": "Chưa cài LibreOffice nên không chuyển được sang PDF. Cài bằng: "
        "sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu), hoặc tải tại libreoffice.org.",
        "pdf_failed": "LibreOffice không chuyển được sang PDF: {detail}",
        "pdf_timeout": "LibreOffice chưa chuyển xong sang PDF sau {seconds:g} giây; đã dừng",
        "internal": "lỗi nội bộ (lỗi của tdkt, không phải của bạn): {detail}",
        "internal.hint": "chạy lại với TDKT_DEBUG=1 để xem chi tiết và báo lỗi kèm tệp kế hoạch",
    },
    "en": {
        "hint": "hint",
        "bad_lang": "--lang: there is no language `{value}`; choose vi or en",
        "bad_env_lang": "TDKT_LANG: there is no language `{value}`; choose vi or en",
        "output_not_folder": "this is a file, not a folder to write documents into",
        "output_not_folder.hint": "name a folder after -o, e.g. `-o out`",
        "output_under_file": "`{part}` is a file, not a folder, so nothing can be written here",
        "output_under_file.hint": "choose another path after -o, e.g. `-o {example}`",
        "output_is_folder": "this is a folder, not a file to write",
        "output_is_folder.hint": "name a file after -o, e.g. `-o {example}`",
        "name_too_long": "the name is too long",
        "name_too_long.hint": "shorten the folder or file name",
        "templates_missing": "--templates: there is no folder `{path}`",
        "templates_missing.hint": "name the folder holding the .j2 templates, e.g. `--templates mine`, or leave out --templates to use `templates/` beside the plan",
        "templates_not_folder": "--templates: `{path}` is a file, not a folder",
        "templates_not_folder.hint": "name the folder holding the .j2 templates, not one template",
        "write_denied": "no permission to write here",
        "write_denied.hint": "choose another folder with -o, or grant write permission",
        "read_only": "the disk is read-only",
        "read_only.hint": "write into another folder (e.g. `-o` naming a folder on a writable disk)",
        "disk_full": "the disk is full",
        "disk_full.hint": "free some space on the disk, or write to another disk",
        "not_a_folder": "part of the path is a file, not a folder",
        "not_a_folder.hint": "choose another path",
        "is_a_folder": "this is a folder; a file cannot replace it",
        "is_a_folder.hint": "rename or move that folder, or choose another path",
        "no_such_folder": "there is no such folder and it cannot be made",
        "no_such_folder.hint": "check the path (drive, folder names), or write into another folder",
        "cannot_write": "cannot write: {reason}",
        "cannot_write.hint": "check the path and the permission to write, or write into another folder",
        "same_as_plan": "refusing to overwrite the plan file",
        "same_as_plan.hint": "choose another folder or file name after -o",
        "plan_read_only": "the file is read-only, so it cannot be written; nothing written",
        "plan_read_only.hint": "clear the file's read-only attribute (Windows: right-click → Properties → untick Read-only), "
        "then run again with --write",
        "no_soffice": "LibreOffice is not installed, so no PDF was made. Install it with: "
        "sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu), or from libreoffice.org.",
        "pdf_failed": "LibreOffice could not convert to PDF: {detail}",
        "pdf_timeout": "LibreOffice had not finished the PDF after {seconds:g} seconds; stopped",
        "internal": "internal error (a fault of tdkt, not yours): {detail}",
        "internal.hint": "run again with TDKT_DEBUG=1 for details, and report it with the plan file",
    },
}


class UserError(Exception):
    """A mistake the user can fix: worded from a message table, never a traceback."""

    exit_code = 1
    texts: Table = TEXTS

    def __init__(self, key: str, /, *, where: str | None = None, texts: Table | None = None, **params: object):
        super().__init__(key)
        self.key, self.where, self.params = key, where, params
        if texts is not None:
            self.texts = texts

    def message(self, lang: str) -> str:
        """`where: message` in `lang`."""
        text = self.texts[lang][self.key].format(**self.params)
        return f"{self.where}: {text}" if self.where else text

    def hint(self, lang: str) -> str:
        template = self.texts[lang].get(f"{self.key}.hint", "")
        return template.format(**self.params) if template else ""

    def text(self, lang: str) -> str:
        """The message, and its hint on a second line."""
        hint = self.hint(lang)
        label = self.texts[lang].get("hint") or TEXTS[lang]["hint"]
        return self.message(lang) + (f"\n  {label}: {hint}" if hint else "")

    def __str__(self) -> str:
        return self.message("vi")


class UsageError(UserError):
    """A mistake in the command line: an option, an argument, a path named on it."""

    exit_code = 2


def internal_text(exc: BaseException, lang: str) -> str:
    """How an internal error (a bug, exit 3) is worded: what was raised, and what to do."""
    texts = TEXTS[lang]
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return f"tdkt: {texts['internal'].format(detail=detail)}\n  {texts['hint']}: {texts['internal.hint']}"
