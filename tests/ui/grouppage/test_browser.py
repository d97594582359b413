"""A real browser on the group page: a child starts a group and types a finding, the Wi-Fi goes,
the tab is closed, the Wi-Fi comes back and the page is opened again, and every word reaches
the app's database and the laptop's screen.

Slow-ish (chromium starts once, about two seconds): one test covers the whole story.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from sole_app.core.findings import groups
from tests.ui.grouppage.browser import chrome, set_offline

pytestmark = pytest.mark.slow

FIRST = "Somnul repară corpul; în somn creierul „face curat”."
OFFLINE = " Fără Wi-Fi: șoarecii dorm 12 ore."


def status_class(driver) -> str:
    return driver.find_element("id", "status").get_attribute("class")


def wait_for(qtbot, condition, timeout=10_000) -> None:
    """Wait while the Qt loop runs (so queued signals from the server reach the window)."""
    qtbot.waitUntil(condition, timeout=timeout)


def stored_found(database, session_id) -> str:
    (entry,) = groups.list_groups(database, session_id)
    return entry.record.content.found


def test_a_finding_typed_in_a_browser_survives_losing_the_wifi_and_closing_the_tab(
        qtbot, feature, session_id, database):
    # Given the group page turned on for a running session, and a phone's browser on it
    feature.session_started(session_id)
    panel = feature.panel
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.switch.height() // 2))
    address = panel.address.text()
    driver = chrome()
    try:
        driver.get(address)
        # When the child starts a group and types a finding
        wait_for(qtbot, lambda: driver.find_element("id", "join").is_displayed())
        driver.find_element("id", "nickname").send_keys("Bufnițele")
        driver.find_element("css selector", "#new-group button").click()
        wait_for(qtbot, lambda: driver.find_element("id", "found").is_displayed())
        driver.find_element("id", "found").send_keys(FIRST)
        # Then it is saved in the app's database and shown on the laptop's screen
        wait_for(qtbot, lambda: stored_found(database, session_id) == FIRST)
        wait_for(qtbot, lambda: any(FIRST in text for text in panel.group_texts()))
        wait_for(qtbot, lambda: status_class(driver) == "status saved")

        # When the Wi-Fi goes, the child types on, and the tab is closed
        set_offline(driver, True)
        driver.find_element("id", "found").send_keys(OFFLINE)
        wait_for(qtbot, lambda: "offline" in status_class(driver))
        assert stored_found(database, session_id) == FIRST
        driver.get("about:blank")
        # ... and when the Wi-Fi is back and the page is opened again
        set_offline(driver, False)
        driver.get(address)
        # Then nothing was lost: the words typed offline reach the database and the laptop
        wait_for(qtbot, lambda: stored_found(database, session_id) == FIRST + OFFLINE)
        wait_for(qtbot, lambda: any(OFFLINE.strip() in text for text in panel.group_texts()))
        assert driver.find_element("id", "found").get_attribute("value") == FIRST + OFFLINE
        assert driver.find_element("id", "group-name").text == "Bufnițele"
    finally:
        driver.quit()


def test_words_typed_offline_for_a_group_merged_meanwhile_go_to_the_group_chosen_next(
        qtbot, feature, session_id, database):
    # Given two groups, and a phone writing for the first
    owls = groups.add_group(database, session_id, "Bufnițele")
    foxes = groups.add_group(database, session_id, "Vulpile")
    feature.session_started(session_id)
    panel = feature.panel
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, panel.switch.height() // 2))
    driver = chrome()
    try:
        driver.get(panel.address.text())
        owls_button = "//button[text()='Bufnițele']"
        wait_for(qtbot, lambda: bool(driver.find_elements("xpath", owls_button)))
        driver.find_element("xpath", owls_button).click()
        wait_for(qtbot, lambda: driver.find_element("id", "found").is_displayed())
        driver.find_element("id", "found").send_keys("Prima idee.")
        wait_for(qtbot, lambda: status_class(driver) == "status saved")
        # When the Wi-Fi goes while the child types, and the librarian joins the owls with
        # the foxes meanwhile
        set_offline(driver, True)
        driver.find_element("id", "found").send_keys(" Scris fără Wi-Fi.")
        wait_for(qtbot, lambda: "offline" in status_class(driver))
        groups.merge_groups(database, owls.id, foxes.id)
        # ... and, the Wi-Fi back, the page asks for a group and the child picks the foxes
        set_offline(driver, False)
        wait_for(qtbot, lambda: "group_gone" in status_class(driver))
        driver.find_element("xpath", "//button[text()='Vulpile']").click()
        # Then the words typed offline are in the foxes' record, once
        wait_for(qtbot, lambda: "Scris fără Wi-Fi." in groups.get_group(
            database, foxes.id).record.content.found)
        found = groups.get_group(database, foxes.id).record.content.found
        assert found.count("Prima idee.") == 1 and found.count("Scris fără Wi-Fi.") == 1
    finally:
        driver.quit()
