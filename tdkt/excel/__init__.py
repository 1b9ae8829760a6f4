"""Excel workbooks in and out: registrations, the staff list, the Danh sách đề nghị."""
