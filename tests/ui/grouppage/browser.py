"""Debian's chromium driven by selenium, headless and offline from the world: for the browser
test and the screenshots. ``chrome()`` skips the calling test, with the reason, where the
browser is not installed (scripts/setup.sh installs it for the tests as root)."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE = (412, 915)
LAPTOP = (1366, 900)


def missing() -> str:
    """Why no browser test can run here, or ""."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return (f"{path} is missing: install Debian's {package} (scripts/test.sh does, as "
                    "root) to run the group page in a real browser")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (the test extra of pyproject.toml)"
    return ""


def chrome(size: tuple[int, int] = PHONE, language: str = "en"):
    """A headless chromium of the given window size; the caller quits it."""
    reason = missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run",
                     "--disable-default-apps", "--disable-sync",
                     f"--window-size={size[0]},{size[1]}", f"--lang={language}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(20)
    driver.execute_cdp_cmd("Network.enable", {})
    return driver


def set_offline(driver, offline: bool) -> None:
    """As if the tablet lost the Wi-Fi (DevTools' network emulation), or got it back."""
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
