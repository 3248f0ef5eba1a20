"""Short forms of a material's name that mails and files use, cut at word boundaries and carrying the name's topic:
审计整改情况报告 → 整改情况报告 and 审计整改, never the bare 情况报告 that half the office's reports share, nor a fragment
like F扫描件 or 任人名单.

The stages, each a module: ``nouns`` (the noun a name ends in, the generic words), ``cut`` (the name cut into words),
``kinds`` (words of no matter: kinds of paper, work, figures), ``topics`` (the matter a name is about) and
``short_forms`` (the short form and a part's words, built on all of them)."""

from .cut import JOINER_IN_A_NAME, NEXT_STEPS, words_of
from .kinds import (DRIVE_WORK, KIND_OF_PAPER_WORDS, PLAN_OF_A_MATTER, WORK_ON_A_MATTER, a_drive_work, a_kind_of_paper,
                    a_paper_of_a_work_alone, a_work_named_alone, bare, without_bare)
from .nouns import BARE_GENERIC, DRAWING_NOUN, GENERIC_WORDS, NOUN_AT_END, PHOTO_WORDS
from .short_forms import (last_listed, part_words, short_form_of_a_name, short_name, topic_beside,
                          without_the_papers_book)
from .topics import as_mails_write_it, topic, topic_of_a_name

__all__ = ["BARE_GENERIC", "DRAWING_NOUN", "DRIVE_WORK", "GENERIC_WORDS", "JOINER_IN_A_NAME", "KIND_OF_PAPER_WORDS",
           "NEXT_STEPS", "NOUN_AT_END", "PHOTO_WORDS", "PLAN_OF_A_MATTER", "WORK_ON_A_MATTER", "a_drive_work",
           "a_kind_of_paper", "a_paper_of_a_work_alone", "a_work_named_alone", "as_mails_write_it", "bare", "last_listed",
           "part_words", "short_form_of_a_name", "short_name", "topic", "topic_beside", "topic_of_a_name",
           "without_bare", "without_the_papers_book", "words_of"]
