"""The Nghị định 30/2020 document engine: content tree → .docx, built with python-docx."""
