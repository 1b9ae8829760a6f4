"""Every message a plan check can give, in Vietnamese and English, with its hint.

Keys are message codes; each entry is (message_vi, message_en, hint_vi, hint_en). Params
are filled with str.format; a hint whose params are missing (no near match to suggest)
gives way to the code's FALLBACK_HINTS entry, else is left out.
"""

from __future__ import annotations

import os
import re

MESSAGES: dict[str, tuple[str, str, str, str]] = {
    # reading the file
    "file_missing": ("không tìm thấy tệp", "file not found", "kiểm tra lại đường dẫn", "check the path"),
    "file_missing_pattern": ("không có tệp tên này; lệnh này nhận một tệp, không nhận mẫu `*`",
                             "no file has this name; this command takes one file, not a `*` pattern",
                             "ghi tên một tệp kế hoạch, vd. `don-vi/2022.yaml`; validate, render-…, report, evaluate nhận cả mẫu",
                             "name one plan file, e.g. `units/2022.yaml`; validate, render-…, report and evaluate take patterns"),
    "file_is_dir": ("đây là thư mục, không phải tệp kế hoạch", "this is a folder, not a plan file",
                    "lệnh này nhận một tệp: ghi tên tệp kế hoạch trong thư mục, vd. `don-vi/2022.yaml`",
                    "this command takes one file: name the plan file in the folder, e.g. `units/2022.yaml`"),
    "file_unreadable": ("không đọc được tệp: {reason}", "cannot read the file: {reason}",
                        "kiểm tra quyền đọc tệp; tệp đang bị chương trình khác khóa thì đóng chương trình đó rồi chạy lại",
                        "check the permission to read it; if another program holds it, close that program and run again"),
    "file_is_office": ("đây là tệp Excel, Word (hay tệp nén), không phải tệp văn bản YAML",
                       "this is an Excel or Word file (or an archive), not a YAML text file",
                       "tệp kế hoạch là tệp .yaml; bảng Excel thì nhập bằng `tdkt import registrations TỆP.xlsx KẾ_HOẠCH.yaml`",
                       "a plan is a .yaml file; import an Excel sheet with `tdkt import registrations FILE.xlsx PLAN.yaml`"),
    "file_too_large": ("tệp quá lớn (giới hạn {limit})", "file too large (limit {limit})",
                       "tệp kế hoạch chỉ chứa dữ liệu một năm của một đơn vị; kiểm tra có chọn nhầm tệp không",
                       "a plan file holds one unit's year; check that this is the right file"),
    "file_empty": ("tệp rỗng", "the file is empty",
                   "bắt đầu từ plans/2022.yaml mẫu hoặc `tdkt schema`", "start from the sample plans/2022.yaml or `tdkt schema`"),
    "rules_file_empty": ("tệp quy định rỗng", "the rules file is empty",
                         "ghi `source:` (văn bản quy định) rồi `parameters:`, như ví dụ trong README; không cần thì bỏ `rules.file` khỏi kế hoạch",
                         "write `source:` (the document) and then `parameters:`, as in the README's example; if not needed, remove `rules.file` from the plan"),
    "rollup_file_empty": ("rollup.yaml rỗng", "rollup.yaml is empty",
                          "ghi `office: {{name: …, place: …}}` (xem README, mục \"Tổng hợp ngành\"), hoặc xóa tệp này",
                          "write `office: {{name: …, place: …}}` (see the README, Tổng hợp ngành), or delete this file"),
    "not_utf8": ("tệp không phải mã hóa UTF-8", "the file is not UTF-8",
                 "lưu lại tệp với mã hóa UTF-8 (Notepad: Lưu thành → Mã hóa: UTF-8)", "save the file as UTF-8"),
    "yaml_syntax": ("lỗi cú pháp YAML: {detail}", "YAML syntax error: {detail}", "{hint}", "{hint}"),
    "multiple_documents": ("tệp chỉ được có một tài liệu YAML (bỏ dòng `---` thứ hai)",
                           "a plan file holds one YAML document (remove the second `---`)",
                           "mỗi năm một tệp; phần sau `---` thứ hai (nếu cần) chép sang tệp khác",
                           "one file per year; move what follows the second `---` (if needed) to another file"),
    "too_deep": ("lồng nhau quá sâu (tối đa {limit} cấp)", "nested too deeply (at most {limit} levels)",
                 "kiểm tra thụt đầu dòng và các dấu `[`, `{{`: có thể thiếu dấu đóng", "check the indentation and the `[` and `{{` brackets: one may be left open"),
    "alias": ("không dùng tham chiếu YAML (alias `*{name}`)", "YAML aliases are not allowed (`*{name}`)",
              "viết đầy đủ nội dung thay cho anchor `&` và alias `*`", "write the content out instead of using `&` anchors and `*` aliases"),
    "duplicate_key": ("khóa `{key}` bị lặp (đã có ở dòng {first})", "duplicate key `{key}` (first at line {first})",
                      "xóa một trong hai hoặc gộp nội dung", "remove one of them or merge their content"),
    "root_not_mapping": ("tệp kế hoạch phải gồm các khóa `year:`, `unit:`, `plan:`…",
                         "a plan file must be a mapping with `year:`, `unit:`, `plan:`…",
                         "xem tệp mẫu plans/2022.yaml", "see the sample plans/2022.yaml"),
    "control_character": ("chữ có ký tự điều khiển {code}, Word không lưu được",
                          "text holds the control character {code}, which Word cannot store",
                          "xóa chuỗi thoát `\\x..` hoặc ký tự vô hình trong ngoặc kép", "remove the `\\x..` escape or the invisible character"),
    "control_character_raw": ("ký tự điều khiển {code} (vô hình) trong tệp", "the invisible control character {code} is in the file",
                              "xóa ký tự này; nó thường lọt vào khi chép chữ từ Word, PDF hoặc trang web",
                              "delete it; it usually comes in when text is copied from Word, a PDF or a web page"),
    "unusual_break": ("ký tự ngắt dòng lạ {code}: trình soạn thảo có thể không hiện ra",
                      "the unusual line break {code}, which an editor may not show",
                      "xóa ký tự này hoặc thay bằng dấu cách", "delete it or put a space instead"),
    "rules_not_mapping": ("tệp quy định phải gồm các khóa `source:` và `parameters:`",
                          "a rules file must be a mapping with `source:` and `parameters:`",
                          "ghi `source:` (văn bản quy định) rồi `parameters:` với từng tham số thụt vào một mức",
                          "write `source:` (the document) and then `parameters:` with each parameter indented under it"),
    "unknown_rule": ("không có tham số `{key}`", "there is no parameter `{key}`",
                     "có phải ý bạn là `{suggestion}`? (danh sách ở README)", "did you mean `{suggestion}`? (list in the README)"),
    "rule_fixed_by_law": ("`{key}` do luật quy định, tỉnh, ngành không thay đổi được",
                          "`{key}` is fixed by law and cannot be overridden", "xóa dòng này", "remove this line"),
    "number_twice": ("số, ký hiệu {ref} dùng cho hai văn bản trong năm {year} (ngày {first} và {second})",
                     "number {ref} is given to two documents in {year} (dated {first} and {second})",
                     "mỗi số, ký hiệu chỉ cấp một lần trong năm (Điều 15 Nghị định 30/2020/NĐ-CP); xem `tdkt numbers`",
                     "a number and ký hiệu is given once a year (Decree 30/2020 Article 15); see `tdkt numbers`"),
    "number_out_of_order": ("số {ref} ngày {date} lớn hơn số {prev} nhưng ngày sớm hơn ({prev_date})",
                            "number {ref} dated {date} is higher than {prev} but earlier ({prev_date})",
                            "số văn bản cấp theo thứ tự ban hành trong năm; kiểm tra số hoặc ngày",
                            "numbers follow the order of issue in the year; check the number or the date"),
    "number_outside_year": ("văn bản {ref} ngày {date} nằm ngoài {period}: số này thuộc dãy số năm {year}",
                            "document {ref} dated {date} falls outside {period}: its number belongs to {year}'s sequence",
                            "kiểm tra ngày văn bản", "check the document's date"),
    "number_no_leading_zero": ("số nhỏ hơn 10 viết thiếu số 0 ở đầu: `{text}`", "a number under 10 lacks its leading zero: `{text}`",
                               "viết `{fixed}` (Phụ lục I Nghị định 30/2020/NĐ-CP)", "write `{fixed}` (Decree 30/2020, Appendix I)"),
    "unknown_reward_code": ("không có danh hiệu, hình thức khen thưởng mã `{key}`", "there is no title or award `{key}`",
                            "các mã: {allowed}", "codes: {allowed}"),
    "expected_number": ("`{field}` phải là một số, không phải `{value}`", "`{field}` must be a number, not `{value}`",
                        "viết một số bằng chữ số, vd. `15` hoặc `12.5`", "write a number in digits, e.g. `15` or `12.5`"),
    "key_not_text": ("khóa phải là một từ, không phải danh sách hay bảng", "a key must be a word, not a list or mapping",
                     "viết khóa dạng `ten_khoa: giá trị`; chữ có dấu `[`, `{{` ở đầu thì đặt trong ngoặc kép",
                     "write a key as `name: value`; quote text that starts with `[` or `{{`"),
    # shape and types
    "missing": ("thiếu trường bắt buộc `{field}`", "required key `{field}` is missing",
                "thêm `{field}: …` vào mục này", "add `{field}: …` here"),
    "unknown_key": ("khóa không hợp lệ `{key}`", "unknown key `{key}`",
                    "có phải ý bạn là `{suggestion}`?", "did you mean `{suggestion}`?"),
    "unknown_key_list": ("khóa không hợp lệ `{key}`", "unknown key `{key}`",
                         "các khóa hợp lệ: {allowed}", "valid keys: {allowed}"),
    "bad_year_key": ("`{value}` không phải là một năm từ {ge} đến {le}", "`{value}` is not a year from {ge} to {le}",
                     "viết năm bằng 4 chữ số, vd. `2021:`", "write the year with 4 digits, e.g. `2021:`"),
    "empty": ("`{field}` không được để trống", "`{field}` must not be empty",
              "ghi nội dung sau dấu `:`; khóa không bắt buộc thì xóa cả dòng", "write a value after the `:`; if the key is optional, delete the whole line"),
    "expected_text": ("`{field}` phải là một đoạn chữ", "`{field}` must be text",
                      "bỏ dấu `-` hoặc `:` thừa, hoặc đặt nội dung trong ngoặc kép", "remove the stray `-` or `:`, or quote the text"),
    "expected_list": ("`{field}` phải là một danh sách", "`{field}` must be a list",
                      "viết mỗi mục trên một dòng bắt đầu bằng `- `", "write each item on its own line starting with `- `"),
    "expected_mapping": ("`{field}` phải là một mục có các khóa", "`{field}` must be a mapping of keys",
                         "viết dạng `khóa: giá trị`, mỗi khóa một dòng", "write `key: value`, one key a line"),
    "expected_integer": ("`{field}` phải là số nguyên, không phải `{value}`", "`{field}` must be a whole number, not `{value}`",
                         "viết bằng chữ số, vd. `{example}`", "write it in digits, e.g. `{example}`"),
    "out_of_range": ("`{field}` phải trong khoảng {ge}–{le}, không phải `{value}`", "`{field}` must be from {ge} to {le}, not `{value}`", "kiểm tra lại số đã gõ (dấu `-`, chữ số thừa hoặc thiếu)", "check the number typed (a stray `-`, a digit too many or too few)"),
    "too_small": ("`{field}` phải ≥ {ge}, không phải `{value}`", "`{field}` must be ≥ {ge}, not `{value}`", "kiểm tra lại số đã gõ (dấu `-`, chữ số thừa hoặc thiếu)", "check the number typed (a stray `-`, a digit too many or too few)"),
    "too_large": ("`{field}` phải ≤ {le}, không phải `{value}`", "`{field}` must be ≤ {le}, not `{value}`", "kiểm tra lại số đã gõ (dấu `-`, chữ số thừa hoặc thiếu)", "check the number typed (a stray `-`, a digit too many or too few)"),
    "not_one_of": ("`{field}` không nhận giá trị `{value}`", "`{field}` cannot be `{value}`",
                   "chọn một trong: {expected}", "choose one of: {expected}"),
    "bad_id": ("mã `{value}` không hợp lệ", "invalid id `{value}`",
               "chỉ dùng chữ thường không dấu, số và `_ - .`, vd. `hcth`", "use lower-case ASCII letters, digits and `_ - .`, e.g. `hcth`"),
    "bad_abbreviation": ("viết tắt `{value}` không hợp lệ", "invalid abbreviation `{value}`",
                         "chữ in hoa và số, các nhóm nối bằng `-`, vd. `TTDVVL`", "upper-case letters and digits, groups joined by `-`, e.g. `TTDVVL`"),
    "date_form": ("`{value}` không phải là ngày", "`{value}` is not a date",
                  "viết 2022-03-31 hoặc 31/03/2022", "write 2022-03-31 or 31/03/2022"),
    "date_not_exist": ("không có ngày `{value}`", "there is no such day as `{value}`",
                       "kiểm tra lại ngày và tháng", "check the day and month"),
    "invalid_value": ("giá trị `{value}` không hợp lệ cho `{field}`", "invalid value `{value}` for `{field}`",
                      "xem cách ghi `{field}` trong tệp mẫu plans/2022.yaml hoặc `tdkt schema`",
                      "see how `{field}` is written in the sample plans/2022.yaml or `tdkt schema`"),
    # references and consistency
    "rules_file_missing": ("không tìm thấy tệp quy định `{path}`", "rules file `{path}` not found",
                           "đường dẫn tính từ thư mục chứa tệp kế hoạch", "the path is relative to the plan file's folder"),
    "regime_not_in_force": ("`{regime}` ({decree}) không áp dụng cho {period}: có hiệu lực {start} – {end}, năm xét tính đến {date}",
                            "`{regime}` ({decree}) does not govern {period}: in force {start} – {end}, the year is weighed as of {date}",
                            "ghi `regime: {expected}` ({expected_decree}) hoặc bỏ dòng này để chọn theo năm",
                            "write `regime: {expected}` ({expected_decree}) or remove the line to choose by year"),
    "level_not_in_regime": ("cấp `{level}` không tồn tại hoặc không có thẩm quyền khen thưởng theo {decree}{why}",
                            "level `{level}` does not exist or decides nothing under {decree}{why}",
                            "ghi cấp có theo {decree}: {levels} (xem README, mục Cuối năm)",
                            "write a level that exists under {decree}: {levels} (see the README, Year end)"),
    "level_not_the_units": ("cấp `{level}` ({name}) không phải cấp của thủ trưởng {unit}",
                            "level `{level}` ({name}) is not that of the head of {unit}",
                            "ghi cấp của chính thủ trưởng đơn vị ký quyết định; không tự quyết định thì `none` (xem README, mục Cuối năm)",
                            "write the level of the head who signs the decision; `none` when the unit decides nothing itself (see the README, Year end)"),
    "rules_file_outside": ("tệp quy định `{path}` phải là tệp .yaml nằm trong thư mục của tệp kế hoạch",
                           "the rules file `{path}` must be a .yaml file in the plan file's folder",
                           "đặt tệp quy định cạnh tệp kế hoạch, vd. `file: quy-dinh-tinh.yaml`",
                           "put the rules file beside the plan, e.g. `file: province-rules.yaml`"),
    "rule_needs_value": ("`{field}` cần một giá trị, không để trống", "`{field}` needs a value; it cannot be left empty",
                         "ghi giá trị, hoặc xóa dòng này để dùng giá trị theo luật", "give a value, or remove the line to keep the law's value"),
    "shipped_missing": ("dữ liệu kèm theo tdkt thiếu `{field}`", "the data shipped with tdkt lacks `{field}`",
                        "tệp này đi kèm chương trình: cài lại tdkt hoặc báo cho người bảo trì",
                        "this file comes with the program: reinstall tdkt or tell its maintainers"),
    "shipped_invalid": ("dữ liệu kèm theo tdkt có `{field}` không hợp lệ: `{value}`", "the data shipped with tdkt has an invalid `{field}`: `{value}`",
                        "tệp này đi kèm chương trình: cài lại tdkt hoặc báo cho người bảo trì",
                        "this file comes with the program: reinstall tdkt or tell its maintainers"),
    "hired_too_recently": ("{name} công tác {months} tháng tính đến {until}, chưa đủ {minimum} tháng để xét Lao động tiên tiến",
                           "{name} will have served {months} months by {until}, short of the {minimum} needed for Lao động tiên tiến",
                           "căn cứ: {source}", "basis: {source}"),
    "over_cap": ("{count} đăng ký {title}, vượt tỷ lệ: tối đa {places} ({percent}% của {base})",
                 "{count} registered for {title}, over the cap: at most {places} ({percent}% of {base})",
                 "căn cứ: {source}; Hội đồng cân nhắc trước khi bình xét", "basis: {source}; the council should weigh this before voting"),
    "council_unsupported": ("Hội đồng đề nghị {title} cho {holder} nhưng chưa đủ căn cứ: {why}",
                            "the council proposes {title} for {holder}, which the inputs do not support: {why}",
                            "`render-proposal` sẽ không lập tờ trình; xem `tdkt evaluate`, sửa dữ liệu xét hoặc quyết định của Hội đồng",
                            "`render-proposal` would refuse it; see `tdkt evaluate`, then correct the inputs or the decision"),
    "council_over_cap": ("{count} đề nghị {title}, vượt tỷ lệ: tối đa {places} ({percent}% của {base})",
                         "{count} proposed for {title}, over the cap: at most {places} ({percent}% of {base})",
                         "căn cứ: {source}; Hội đồng chọn {places} trong số: {names}",
                         "basis: {source}; the council chooses {places} among: {names}"),
    "council_holder": ("mỗi đề nghị ghi đúng một trong `department` hoặc `person`",
                       "each decision names exactly one of `department` or `person`",
                       "ghi `department: <mã phòng>` cho tập thể hoặc `person: <mã người>` cho cá nhân, không ghi cả hai",
                       "write `department: <id>` for a collective or `person: <id>` for a person, not both"),
    "present_over_members": ("{present} thành viên có mặt, nhiều hơn tổng số {members} thành viên Hội đồng",
                             "{present} members present, more than the council's {members}",
                             "kiểm tra số thành viên Hội đồng (`council.members`) hoặc số có mặt (`council.present`)",
                             "check the number of council members (`council.members`) or of those present (`council.present`)"),
    "votes_over_members": ("{votes} phiếu đồng ý nhiều hơn số thành viên Hội đồng ({members})",
                           "{votes} votes in favour, more than the council's {members} members",
                           "kiểm tra số thành viên Hội đồng (`council.members`) hoặc số phiếu đồng ý (`votes`)",
                           "check the number of council members (`council.members`) or the vote count (`votes`)"),
    "duplicate_id": ("mã `{id}` bị trùng (đã dùng ở dòng {first})", "id `{id}` is used twice (first at line {first})",
                     "mỗi mã chỉ dùng một lần trong tệp", "each id may be used once in the file"),
    "unknown_department": ("không có phòng, bộ phận nào mã `{id}`", "no department has the id `{id}`",
                           "có phải ý bạn là `{suggestion}`?", "did you mean `{suggestion}`?"),
    "unknown_person": ("không có người nào mã `{id}`", "no person has the id `{id}`",
                       "có phải ý bạn là `{suggestion}`?", "did you mean `{suggestion}`?"),
    "unknown_title": ("không có danh hiệu, hình thức khen thưởng `{value}` theo {regime}",
                      "no title or award form `{value}` under {regime}",
                      "có phải ý bạn là `{suggestion}`?", "did you mean `{suggestion}`?"),
    "award_in_title": ("`{name}` là hình thức khen thưởng, không phải danh hiệu thi đua",
                       "`{name}` is an award form, not an emulation title",
                       "ghi vào `awards`", "list it under `awards`"),
    "title_in_awards": ("`{name}` là danh hiệu thi đua, không phải hình thức khen thưởng",
                        "`{name}` is an emulation title, not an award form",
                        "ghi vào `title`", "put it under `title`"),
    "individual_title_for_collective": ("`{name}` là danh hiệu cá nhân, không xét cho tập thể",
                                        "`{name}` is an individual title, not for a collective",
                                        "danh hiệu tập thể: {allowed}", "collective titles: {allowed}"),
    "collective_title_for_person": ("`{name}` là danh hiệu tập thể, không xét cho cá nhân",
                                    "`{name}` is a collective title, not for a person",
                                    "danh hiệu cá nhân: {allowed}", "individual titles: {allowed}"),
    "unit_registration_people": ("bản đăng ký của cả đơn vị (không ghi `department`) không liệt kê người",
                                 "the unit's own registration (no `department`) lists no people",
                                 "ghi đăng ký của từng người vào bản đăng ký của phòng họ",
                                 "register each person under their own department"),
    "registered_twice": ("`{id}` đã đăng ký ở dòng {first}", "`{id}` is already registered at line {first}",
                         "mỗi người, mỗi phòng chỉ đăng ký một lần", "each person and department registers once"),
    "not_member": ("`{person}` không thuộc phòng `{department}`", "`{person}` is not a member of `{department}`",
                   "đăng ký người này trong phòng `{home}`", "register this person under `{home}`"),
    "due_outside_quarter": ("hạn {due} không thuộc quý {quarter}/{year} ({start} – {end})",
                            "due date {due} is outside quarter {quarter}/{year} ({start} – {end})",
                            "sửa `due` hoặc `quarter`", "fix `due` or `quarter`"),
    "date_outside_year": ("ngày văn bản {date} không hợp với kế hoạch {period}",
                          "the document date {date} does not fit a plan for {period}",
                          "kế hoạch {period} ban hành trong năm {prev} hoặc {year}", "a plan for {period} is issued in {prev} or {year}"),
    "bad_symbol": ("ký hiệu `{value}` không đúng thể thức", "the symbol `{value}` is malformed",
                   "dạng `KH-TTDVVL`: viết tắt tên loại, `-`, viết tắt cơ quan", "form `KH-TTDVVL`: type abbreviation, `-`, agency abbreviation"),
    "done_on_not_done": ("có `done_on` nhưng trạng thái là `{status}`", "`done_on` is set but the status is `{status}`",
                         "đặt `status: done` hoặc bỏ `done_on`", "set `status: done` or remove `done_on`"),
    "done_without_date": ("đã hoàn thành nhưng thiếu `done_on`", "done but `done_on` is missing",
                          "ghi ngày hoàn thành để báo cáo đúng", "record the date it was done for the reports"),
    "done_in_future": ("ngày hoàn thành {done} sau ngày tính {as_of}", "done date {done} is after the as-of date {as_of}",
                       "kiểm tra `done_on`, hoặc tính đến một ngày sau bằng --as-of",
                       "check `done_on`, or count to a later day with --as-of"),
    "overdue": ("quá hạn {due} mà chưa hoàn thành (tính đến {as_of})", "past its due date {due} and not done (as of {as_of})",
                "cập nhật `status` và `done_on`, hoặc ghi `note`", "update `status` and `done_on`, or add a `note`"),
    "report_before_quarter": ("báo cáo ngày {date} trước khi {part} bắt đầu ({start})",
                              "the report is dated {date}, before its {part} begins ({start})",
                              "kiểm tra ngày và năm của `date` trong báo cáo này", "check the day and year of this report's `date`"),
    "result_holder": ("mỗi kết quả ghi đúng một trong `department` hoặc `person`",
                      "each result names exactly one of `department` or `person`",
                      "ghi `department: <mã phòng>` cho tập thể hoặc `person: <mã người>` cho cá nhân, không ghi cả hai",
                      "write `department: <id>` for a collective or `person: <id>` for a person, not both"),
    "principal_missing": ("ký `{authority}.` cần ghi `principal` (tập thể hoặc chức vụ được ký thay)",
                          "signing `{authority}.` needs `principal` (the body or position signed for)",
                          "vd. `principal: Hội đồng Thi đua - Khen thưởng`", "e.g. `principal: Hội đồng Thi đua - Khen thưởng`"),
    # dates that contradict each other
    "proposal_before_meeting": ("tờ trình ngày {date} lập trước cuộc họp Hội đồng ngày {meeting} mà nó dẫn",
                                "the proposal is dated {date}, before the council meeting of {meeting} it cites",
                                "tờ trình lập sau khi Hội đồng họp xét: sửa `proposal.date` hoặc `council.meeting`",
                                "a proposal follows the council's meeting: fix `proposal.date` or `council.meeting`"),
    "basis_after_document": ("căn cứ ngày {date} ban hành sau văn bản dẫn nó (ngày {issued})",
                             "the basis is dated {date}, after the document citing it ({issued})",
                             "một văn bản chỉ dẫn văn bản đã ban hành: sửa ngày của căn cứ hoặc `date` của văn bản",
                             "a document cites only texts already issued: fix the basis's date or the document's `date`"),
    "meeting_outside_window": ("Hội đồng họp ngày {date}, ngoài thời gian xét {period} ({start} – {end})",
                               "the council meets on {date}, outside the time for weighing {period} ({start} – {end})",
                               "họp xét cuối kỳ trong {period} hoặc chậm nhất {end}; kiểm tra `council.meeting` và `{key}`",
                               "the year-end meeting is held in {period} or by {end}; check `council.meeting` and `{key}`"),
    "done_before_period": ("ngày hoàn thành {date} trước khi kỳ kế hoạch bắt đầu ({start})",
                           "done on {date}, before the plan's period begins ({start})",
                           "kiểm tra năm của `done_on`", "check the year of `done_on`"),
    "hired_after_period": ("ngày tuyển dụng {date} sau khi kỳ xét {period} kết thúc ({end})",
                           "hired on {date}, after {period} ends ({end})",
                           "người tuyển dụng sau kỳ xét không có trong danh sách {period}; kiểm tra `hired`",
                           "someone hired after {period} is not on its list; check `hired`"),
    "no_position": ("người ký `{id}` chưa có `position`", "the signer `{id}` has no `position`",
                    "thêm chức vụ cho người này ở `departments`", "add the person's position under `departments`"),
}

# a code's hint when its own needs a param the problem lacks (no near match to suggest)
FALLBACK_HINTS: dict[str, tuple[str, str]] = {
    "unknown_person": ("dùng một mã trong `departments[].members[].id`, hoặc thêm người này vào phòng của họ",
                       "use an id from `departments[].members[].id`, or add the person to their department"),
    "unknown_department": ("dùng một mã trong `departments[].id`", "use an id from `departments[].id`"),
    "unknown_title": ("ghi mã hoặc tên trong bảng danh hiệu của README, vd. `LDTT`, `CSTDCS`, `GK`",
                      "write a code or name from the README's table of titles, e.g. `LDTT`, `CSTDCS`, `GK`"),
}

SEVERITY_WORDS = {"vi": {"error": "lỗi", "warning": "cảnh báo"}, "en": {"error": "error", "warning": "warning"}}

# PyYAML's problem texts, worded for a clerk: (pattern, message_vi, message_en, hint_vi, hint_en);
# an empty hint falls back to YAML_HINTS
_INDENT_HINT = ("thụt lề các khóa cùng cấp thẳng hàng, bằng dấu cách", "line up keys of the same level, with spaces")
YAML_PROBLEMS = (
    (r"could not find expected ':'", "thiếu dấu `:` sau khóa", "a `:` is missing after a key",
     "viết `khóa: giá trị`; chữ có dấu `:` thì đặt trong ngoặc kép", "write `key: value`; quote text that holds a `:`"),
    (r"found character '\\t'|found a tab character", "dùng phím Tab để thụt lề", "a Tab is used for indentation",
     "thụt lề bằng dấu cách, không dùng Tab", "indent with spaces, not Tab"),
    (r"key longer than 1024 characters", "khóa dài quá 1024 ký tự", "a key longer than 1024 characters",
     "rút ngắn khóa; chữ dài viết sau dấu `:`", "shorten the key; long text goes after the `:`"),
    (r"mapping values are not allowed", "dấu `:` không đúng chỗ hoặc thụt lề không khớp",
     "a `:` where it is not allowed, or the indentation does not line up", "", ""),
    (r"did not find expected key", "thụt lề không khớp", "the indentation does not line up", *_INDENT_HINT),
    (r"expected <block end>", "thụt lề không khớp", "the indentation does not line up", *_INDENT_HINT),
    (r"did not find expected '-' indicator", "thụt lề không khớp trong danh sách", "list items do not line up",
     "các dòng `- ` của một danh sách thẳng hàng nhau", "line up the `- ` lines of a list"),
    (r"found unexpected end of stream", "ngoặc kép chưa đóng", "a quote is not closed",
     "thêm dấu ngoặc đóng ở cuối chữ", "add the closing quote at the end of the text"),
    (r"did not find expected ',' or '\]'", "dấu `[` chưa có dấu `]` đóng", "a `[` has no closing `]`",
     "đóng danh sách bằng `]`, các mục cách nhau bằng `,`", "close the list with `]`, items separated by `,`"),
    (r"did not find expected ',' or '\}'", "dấu `{` chưa có dấu `}` đóng", "a `{` has no closing `}`",
     "đóng bằng `}`, các cặp `khóa: giá trị` cách nhau bằng `,`", "close it with `}`, `key: value` pairs separated by `,`"),
    (r"did not find expected comment or line break", "sau `|` hoặc `>` phải xuống dòng", "`|` or `>` must end its line",
     "viết đoạn chữ từ dòng sau, thụt vào", "write the text from the next line on, indented"),
    (r"found unknown escape character", "ký tự `\\` lạ trong ngoặc kép", "an unknown `\\` escape inside double quotes",
     "viết `\\\\` cho dấu `\\`, hoặc dùng ngoặc đơn `'…'`", "write `\\\\` for a `\\`, or use single quotes `'…'`"),
    (r"found undefined alias", "không dùng tham chiếu YAML (alias)", "YAML aliases are not allowed",
     "viết đầy đủ nội dung thay cho `*`", "write the content out instead of `*`"),
    (r"control characters are not allowed|special characters are not allowed", "tệp có ký tự điều khiển",
     "the file has control characters", "xóa ký tự vô hình này", "delete this invisible character"),
    (r"^a tab where YAML wants spaces$", "thụt lề bằng phím Tab", "indented with a Tab",
     "YAML chỉ thụt lề bằng dấu cách: thay Tab bằng dấu cách", "YAML indents with spaces only: replace the Tab with spaces"),
    (r"found character.* that cannot start any token", "ký tự không được đứng đầu giá trị", "a character that cannot start a value",
     "đặt giá trị trong ngoặc kép", "put the value in double quotes"),
)
YAML_HINTS = {
    "vi": "giá trị có dấu `:`, `#`, `@`, `*` hoặc `&` cần đặt trong ngoặc kép; thụt lề bằng dấu cách",
    "en": "quote values containing `:`, `#`, `@`, `*` or `&`; indent with spaces",
}


def language(requested: str | None) -> str:
    """`vi` unless English is asked for by option or by TDKT_LANG."""
    choice = (requested or os.environ.get("TDKT_LANG") or "vi").lower()
    return "en" if choice.startswith("en") else "vi"


def yaml_detail(problem: str, lang: str) -> tuple[str, str]:
    """A clerk's wording of a PyYAML problem text, and the hint that goes with it."""
    for pattern, vi, en, hint_vi, hint_en in YAML_PROBLEMS:
        if re.search(pattern, problem):
            hint = hint_vi if lang == "vi" else hint_en
            return (vi if lang == "vi" else en), hint or YAML_HINTS[lang]
    return ("cú pháp không hợp lệ" if lang == "vi" else "invalid syntax"), YAML_HINTS[lang]


_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_LISTS = ("allowed", "expected", "source", "detail")  # our own lists and citations: longer


def visible(text: str) -> str:
    """`text` with control characters and line breaks shown as `�`, so a message stays one line."""
    return _UNPRINTABLE.sub("\ufffd", text)


def _shown(name: str, value: object) -> object:
    """A parameter as a message shows it: one line, and not pages of a user's text."""
    if not isinstance(value, str):
        return value
    limit = 300 if name in _LISTS else 60
    value = visible(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def word(code: str, params: dict, lang: str) -> tuple[str, str]:
    """The message and hint for a code, in `lang`."""
    vi, en, hint_vi, hint_en = MESSAGES[code]
    # a param tdkt worded in both languages ({"vi": …, "en": …}) takes the one asked for, whole;
    # the user's own values are shown on one line and shortened
    params = {name: value[lang] if isinstance(value, dict) and set(value) == {"vi", "en"} else _shown(name, value)
              for name, value in params.items()}
    if code == "yaml_syntax":
        params["detail"], params["hint"] = yaml_detail(str(params.get("detail", "")), lang)
    message = (vi if lang == "vi" else en).format_map(_Strict(params))
    template = hint_vi if lang == "vi" else hint_en
    try:
        hint = template.format_map(_Strict(params)) if template else ""
    except KeyError:
        fallback = FALLBACK_HINTS.get(code)
        hint = (fallback[0] if lang == "vi" else fallback[1]) if fallback else ""
    return message, hint


class _Strict(dict):
    def __missing__(self, key):
        raise KeyError(key)
