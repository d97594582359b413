"""A damaged or unusual file ends in a clear refusal that names its row or field, or in a
faithful import: never a traceback, never silently changed content (issue 10)."""

from __future__ import annotations

import json

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidImportFile
from sole_app.core.bank.pack import import_file
from sole_app.core.bank.search import search

HEADER = "Question,Language,Tags,Notes,Created,Updated\n"


def pack(*questions, **fields) -> str:
    return json.dumps({"format": "sole-question-pack", "version": 1, **fields,
                       "questions": list(questions)}, ensure_ascii=False)


def dump(database) -> list[str]:
    """Every row of every table, the full-text index included."""
    with database.engine.connect() as connection:
        return list(connection.connection.driver_connection.iterdump())


def refusal(database, path) -> InvalidImportFile:
    """Import ``path``, expecting a refusal that leaves the bank exactly as it was."""
    before = dump(database)
    with pytest.raises(InvalidImportFile) as refused:
        import_file(database, path)
    assert dump(database) == before
    return refused.value


def texts(database) -> list[str]:
    return sorted(row.text for row in search(database, "").rows)


def test_a_pack_nested_100000_deep_is_not_a_pack(database, tmp_path):
    # Given a file that is JSON lists inside lists, 100,000 deep
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    # When it is imported, then it is refused as no question pack, without a traceback
    assert "not a SOLE Facilitator question pack" in str(refusal(database, path))


def test_a_question_nested_100000_deep_is_refused_naming_it(database, tmp_path):
    path = tmp_path / "deep-question.json"
    path.write_text(pack({"text": "Ok?", "language": "ro"}).replace(
        "]", ', {"text": "x", "language": "ro", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}]"),
        encoding="utf-8")
    message = str(refusal(database, path))
    assert "(question 2): this nests lists or objects more deeply" in message


def test_a_lone_surrogate_in_a_text_or_a_tag_is_refused_naming_the_field(database, tmp_path):
    # Given a pack whose question holds "\ud800" (half of a UTF-16 pair), and another whose tag
    path = tmp_path / "surrogate.json"
    path.write_text('{"format": "sole-question-pack", "version": 1, "questions": ['
                    '{"text": "Why \\ud800?", "language": "en"},'
                    '{"text": "Ok?", "language": "en", "tags": ["a\\ud800"]}]}', encoding="utf-8")
    # When it is imported, then both are named, each with its field and the character
    refused = refusal(database, path)
    places = [problem.place() for problem in refused.problems]
    assert places == ["question 1, Question", "question 2, Tags"]
    assert "U+D800" in refused.problems[0].text()


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_date_at_the_edge_of_the_calendar_is_refused_in_a_pack(database, tmp_path, moment):
    path = tmp_path / "edge.json"
    path.write_text(pack({"text": "Ok?", "language": "ro", "created_at": moment}),
                    encoding="utf-8")
    message = str(refusal(database, path))
    assert f"(question 1, Created): “{moment}” is too far" in message


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_date_at_the_edge_of_the_calendar_is_refused_in_a_spreadsheet(database, tmp_path,
                                                                        moment):
    path = tmp_path / "edge.csv"
    path.write_text(HEADER + f"Ok?,ro,,,,{moment}\n", encoding="utf-8")
    assert f"(row 2, Changed): “{moment}” is too far" in str(refusal(database, path))


def test_a_date_a_day_inside_the_calendar_imports_as_written(database, tmp_path):
    path = tmp_path / "early.json"
    path.write_text(pack({"text": "Ok?", "language": "ro", "created_at": "0001-01-02T00:00:00Z"}),
                    encoding="utf-8")
    import_file(database, path)
    assert bank.get_question(database, 1).created_at.year == 1


def test_a_spreadsheet_that_ends_inside_a_quoted_cell_is_refused_naming_the_row(database,
                                                                              tmp_path):
    # Given a CSV whose last note opens a quote and the file ends before it closes
    path = tmp_path / "cut.csv"
    path.write_text(HEADER + 'Ok?,ro,,"a whole note",,\nCut?,ro,,"the note goes on\nand on',
                    encoding="utf-8")
    # When it is imported, then it is refused: the note would be imported cut short
    message = str(refusal(database, path))
    assert "(row 3, Notes)" in message and "never closed" in message


def test_a_utf8_file_with_one_stray_byte_is_refused_not_read_as_cp1250(database, tmp_path):
    # Given a UTF-8 spreadsheet (no byte order mark) in which one note holds a byte from cp1252
    path = tmp_path / "stray.csv"
    content = HEADER + "De ce învățăm la școală?,ro,,Știință,,\nȘi?,ro,,café,,\n"
    path.write_bytes(content.encode("utf-8").replace("café".encode(), b"caf\xe9"))
    # When it is imported, then it is refused naming the row, the field and the byte
    message = str(refusal(database, path))
    assert "(row 3, Notes)" in message and "0xE9" in message and "UTF-8" in message


def test_a_windows_1250_file_is_still_read_and_says_so(database, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("Întrebare;Limba\nDe ce învăţăm la şcoală?;ro\n".encode("cp1250"))
    result = import_file(database, path)
    assert texts(database) == ["De ce învățăm la școală?"] and result.encoding == "Windows-1250"


@pytest.mark.parametrize("name, content", [
    ("nul.json", pack({"text": "Ok?", "language": "ro", "notes": "a\u0000b"})),
    ("nul.csv", HEADER + "Ok?,ro,,a\u0000b,,\n"),
])
def test_a_nul_character_is_refused_naming_the_field(database, tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    message = str(refusal(database, path))
    assert "Notes" in message and "U+0000" in message


def test_a_version_that_is_true_is_not_version_1(database, tmp_path):
    path = tmp_path / "true.json"
    content = pack({"text": "Ok?", "language": "ro"})
    path.write_text(content.replace('"version": 1', '"version": true'), encoding="utf-8")
    assert "(Version): “true” is not a whole number" in str(refusal(database, path))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(database, tmp_path, encoding):
    path = tmp_path / "unicode.csv"
    path.write_bytes("Вопрос\tЯзык\tТеги\nПочему небо синее?\tru\tприрода\n".encode(encoding))
    import_file(database, path)
    assert texts(database) == ["Почему небо синее?"]


def test_text_that_only_looks_like_utf16_is_refused_saying_so(database, tmp_path):
    path = tmp_path / "broken16.csv"
    path.write_bytes("Question\tLanguage\nWhy?\ten\n".encode("utf-16-le") + b"\x00\xd8\x41")
    assert "UTF-16" in str(refusal(database, path))


def test_a_refused_file_lists_up_to_20_problems_each_with_its_row(database, tmp_path):
    # Given a spreadsheet with 25 rows whose age is not a number, and good rows between
    rows = "".join(f"Good {n}?,ro,10\nBad {n}?,ro,ten\n" for n in range(25))
    path = tmp_path / "many.csv"
    path.write_text("Question,Language,Minimum age\n" + rows, encoding="utf-8")
    # When it is imported, then the refusal counts them all and lists the first 20 by row
    refused = refusal(database, path)
    assert refused.count == 25 and len(refused.problems) == 20
    assert [problem.place() for problem in refused.problems[:2]] == [
        "row 3, Lowest age", "row 5, Lowest age"]
    assert "problems found: 25, the first 20 listed below" in str(refused)


def test_questions_in_any_language_import_whole(database, tmp_path):
    # Given 80 published questions, 6 of them in Spanish and 2 in Brazilian Portuguese
    questions = [{"text": f"Question {n}?", "language": "en"} for n in range(72)]
    questions += [{"text": f"¿Pregunta {n}?", "language": "es"} for n in range(6)]
    questions += [{"text": f"Pergunta {n}?", "language": "pt_br"} for n in range(2)]
    path = tmp_path / "world.json"
    path.write_text(pack(*questions), encoding="utf-8")
    # When it is imported, then all 80 are in the bank, each in its language
    assert import_file(database, path).added == 80
    assert bank.languages_in_use(database) == ["en", "es", "pt-BR"]


@pytest.mark.parametrize("language", ["español", "e", "english-language", "12"])
def test_a_language_that_is_no_language_code_is_refused(database, tmp_path, language):
    path = tmp_path / "odd.json"
    path.write_text(pack({"text": "Ok?", "language": language}), encoding="utf-8")
    assert f"not “{language}”" in str(refusal(database, path))
