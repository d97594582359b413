"""What a device types is saved through core like everything else: two devices writing the
same group's record keep each other's words, and on a conflict both versions are kept."""

from __future__ import annotations

import threading

from sole_app.core.findings import records
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.findings.records import SaveStatus
from tests.web.conftest import content


def test_a_device_starts_a_group_and_its_words_are_saved_in_the_apps_database(
        page, device, database, heard):
    # Given a device that starts a group with a nickname
    joined = device.join(nickname="Bufnițele")
    # When it saves its record
    reply = device.save(content("Somnul repară corpul.", ["ro.wikipedia.org/wiki/Somn"],
                                "fairly_sure", ["De ce visăm?"]), joined["record"])
    # Then it is stored, and the listener heard of the new group and the save, from the
    # server's threads
    assert reply.status == 200 and reply.json()["status"] == "saved"
    group_id = heard.joined[0][0].group.id
    assert records.get_record(database, group_id).content == RecordContent(
        "Somnul repară corpul.", ("ro.wikipedia.org/wiki/Somn",), Certainty.FAIRLY_SURE,
        ("De ce visăm?",))
    assert heard.joined[0][2] is True
    assert heard.saved[0][0] == group_id
    assert threading.get_ident() not in heard.threads


def test_two_devices_writing_different_lines_keep_both(page, database):
    # Given two devices of one group, both starting from the same record
    first, second = page.device(), page.device()
    joined = first.join(nickname="Vulpile")
    second.join(group=joined["group"]["uid"])
    start = first.save(content("Prima idee.\n"), joined["record"]).json()["record"]
    # When each adds its own line from that same version
    first.save(content("Prima idee.\nDe la primul.\n"), start)
    reply = second.save(content("De la al doilea.\nPrima idee.\n"), start)
    # Then the second learns its words were merged, and both lines are stored
    assert reply.json()["status"] == "merged"
    found = reply.json()["record"]["content"]["found"]
    assert "De la primul." in found and "De la al doilea." in found
    first.close()
    second.close()


def test_two_devices_changing_the_same_words_keep_both_versions(page, database, heard):
    # Given two devices of one group, both starting from the same record
    first, second = page.device(), page.device()
    joined = first.join(nickname="Vulpile")
    second.join(group=joined["group"]["uid"])
    start = first.save(content("Dormim 8 ore."), joined["record"]).json()["record"]
    # When both change the same sentence
    first.save(content("Dormim 9 ore."), start)
    reply = second.save(content("Dormim 7 ore."), start)
    # Then the conflict is reported to the device and to the laptop, and both texts are kept
    assert reply.json()["status"] == "conflict"
    assert reply.json()["conflicts"] == ["found"]
    stored = records.get_record(database, heard.joined[0][0].group.id).content.found
    assert "Dormim 9 ore." in stored and "Dormim 7 ore." in stored
    assert heard.saved[-1][1].status == SaveStatus.CONFLICT
    first.close()
    second.close()


def test_words_typed_while_a_merged_save_was_away_are_not_doubled(page):
    # Given a device whose save came back merged with another device's line, while it typed on
    first, second = page.device(), page.device()
    joined = first.join(nickname="Vulpile")
    second.join(group=joined["group"]["uid"])
    start = first.save(content("Titlu\n"), joined["record"]).json()["record"]
    second.save(content("De la al doilea.\nTitlu\n"), start)
    sent = content("Titlu\nCe am găs")
    merged = first.save(sent, start).json()["record"]
    # When it sends what it typed since, saying it grew from what it sent
    reply = first.save(content("Titlu\nCe am găsit noi azi."), merged, origin=sent)
    # Then the other device's line is kept once and the new words replace the sent ones
    assert reply.json()["record"]["content"]["found"] == (
        "De la al doilea.\nTitlu\nCe am găsit noi azi.")
    assert reply.json()["status"] == "saved"
    first.close()
    second.close()


def test_a_device_reads_what_another_device_of_its_group_saved(page):
    first, second = page.device(), page.device()
    joined = first.join(nickname="Vulpile")
    second.join(group=joined["group"]["uid"])
    first.save(content("Din enciclopedie."), joined["record"])
    record = second.get("api/record").json()["record"]
    assert record["content"]["found"] == "Din enciclopedie."
    assert record["revision"] == joined["record"]["revision"] + 1
    first.close()
    second.close()


def test_a_removed_group_tells_its_devices_to_choose_again(page, device, database):
    from sole_app.core.findings import groups

    joined = device.join(nickname="Vulpile")
    groups.remove_group(database, groups.list_groups(database, 1)[0].id)
    reply = device.save(content("încă scriu"), joined["record"])
    assert reply.status == 410
    assert reply.json()["error"] == "group_gone"
