"""Commands that write many documents free each one as it is written."""

from __future__ import annotations

import gc

from tests.conftest import SEED_PLAN


def test_written_documents_do_not_pile_up(run, tmp_path):
    """With automatic collection off (the CLI makes it rare), each document is freed before the next."""
    from docx.document import Document

    gc.collect()
    gc.disable()
    try:
        assert run("render-registration", SEED_PLAN, "-o", tmp_path).exit_code == 0
        alive = sum(isinstance(o, Document) for o in gc.get_objects())
    finally:
        gc.enable()
    assert len(list(tmp_path.iterdir())) == 6
    # the prepared blank each new document copies, and the last one written (it goes with the
    # process, or with the collection a batch makes after each unit)
    assert alive <= 2
