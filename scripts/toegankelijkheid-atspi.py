#!/usr/bin/python3
"""The window as a screen reader finds it (run by toegankelijkheid-atspi.sh,
inside a D-Bus session, on an Xvfb display).

Switches the AT-SPI bus on (org.a11y.Status IsEnabled, as Orca does), starts
the program, reads its accessibility tree with pyatspi and drives it with
xdotool. Every check waits for a condition (a node, a focus event) with a
deadline instead of sleeping. Prints each check; exits 1 when one fails.
"""

import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP = os.environ.get("NMD_ATSPI_APP", "nmd-scenarios")
WORK = os.environ.get("NMD_ATSPI_WORK", "/tmp")
# A slow machine draws a frame of the release build in a few hundred ms
# under software rendering; a condition gets this long to become true.
DEADLINE_S = float(os.environ.get("NMD_ATSPI_DEADLINE", "20"))

# Words a Dutch user must not hear as a control's name (egui's built-in
# English names among them).
ENGLISH = [
    "resize", "close window", "panel", "cancel", "save", "open", "close",
    "ok", "yes", "no", "settings", "edge", "corner", "window",
]

FAILURES = []
CHECKS = []


def check(ok, what, detail=""):
    CHECKS.append(what)
    if ok:
        print(f"  ok    {what}")
    else:
        FAILURES.append(f"{what}: {detail}")
        print(f"  FOUT  {what}: {detail}")
    return ok


def pump(seconds=0.0):
    """Lets GLib deliver AT-SPI events for `seconds` (at least one round)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def wait_for(condition, what, deadline=DEADLINE_S):
    """Polls `condition` (pumping events) until it gives a true value."""
    end = time.monotonic() + deadline
    last_error = None
    while time.monotonic() < end:
        pump()
        try:
            value = condition()
        except Exception as error:  # a node vanished while it was read
            last_error = error
            value = None
        if value:
            return value
        time.sleep(0.01)
    if last_error is not None:
        print(f"        ({what}: last error {last_error})")
    return None


# ---------------------------------------------------------------- the tree


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return "(verdwenen)"


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def states(node):
    return node.getState()


def has(node, state):
    try:
        return states(node).contains(state)
    except Exception:
        return False


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def walk(node, depth=0):
    yield node, depth
    for child in children(node):
        yield from walk(child, depth + 1)


def ancestors(node):
    at = node.parent
    while at is not None:
        yield at
        try:
            at = at.parent
        except Exception:
            return


def describe(node):
    try:
        return f"{role(node)} '{name(node)}'"
    except Exception:
        return "(verdwenen)"


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        if name(app) and "nmd" in name(app).lower():
            return app
    for app in children(desktop):
        if children(app):
            return app
    return None


def frame_of(app):
    for child in children(app):
        if role(child) == "frame":
            return child
    return None


def all_nodes(root):
    return [n for n, _ in walk(root)]


def showing(nodes):
    return [n for n in nodes if has(n, pyatspi.STATE_SHOWING)]


def dump(root, out=sys.stdout):
    for node, depth in walk(root):
        st = states(node)
        flags = "".join(
            f
            for f, s in [
                ("F", pyatspi.STATE_FOCUSABLE),
                ("*", pyatspi.STATE_FOCUSED),
                ("S", pyatspi.STATE_SHOWING),
                ("x", pyatspi.STATE_EXPANDED),
                ("s", pyatspi.STATE_SELECTED),
                ("c", pyatspi.STATE_CHECKED),
            ]
            if st.contains(s)
        )
        description = node.description or ""
        print(
            "  " * depth + f"{role(node)} '{name(node)}' [{flags}]"
            + (f" — {description[:60]}" if description else ""),
            file=out,
        )


# ---------------------------------------------------------------- the keys


class Focus:
    """The last node that said it gained the focus (object:state-changed:focused)."""

    def __init__(self):
        self.node = None
        self.count = 0
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused")

    def on_event(self, event):
        if event.detail1 == 1:
            self.node = event.source
            self.count += 1


FOCUS = None


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "30", *keys], check=True)


LATENCIES = []


def press(keys, expect_focus=True, what=""):
    """Presses `keys` and waits for the focus event it causes."""
    before = FOCUS.count
    started = time.monotonic()
    key(*keys.split())
    if not expect_focus:
        pump(0.3)
        return FOCUS.node
    moved = wait_for(lambda: FOCUS.count > before, what or keys, DEADLINE_S)
    if moved:
        LATENCIES.append(time.monotonic() - started)
    # Between a dialog closing and the focus being back, the window itself
    # has the focus for a frame or two: wait for where it lands.
    if moved and is_window(FOCUS.node):
        wait_for(lambda: not is_window(FOCUS.node), f"{what or keys}: focus landt", 3)
    return FOCUS.node if moved else None


def is_window(node):
    try:
        return node is not None and role(node) == "frame"
    except Exception:
        return False


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return (box.x, box.y, box.x + box.width, box.y + box.height)


def inside(inner, outer, slack=2):
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def on_screen(node, window):
    """Whether `node` is (or, within two seconds, scrolls) inside `window`:
    the view scrolls to the focus in the frame after the one that moved it."""
    return bool(wait_for(lambda: inside(extents(node), window), "in beeld", 2))


def in_role(node, wanted):
    """The nearest ancestor (or the node) with role `wanted`."""
    if role(node) == wanted:
        return node
    for parent in ancestors(node):
        if role(parent) == wanted:
            return parent
    return None


def english(text):
    words = [w.strip(".,:;()…").lower() for w in text.split()]
    return [w for w in words if w in ENGLISH]


def key_of(node):
    """What identifies a node for the eye and the ear: its role and name (an
    object of the bus can go stale while its window is rebuilt)."""
    if node is None:
        return None
    if isinstance(node, tuple):
        return node
    return (role(node), name(node))


def same(a, b):
    return a is not None and b is not None and key_of(a) == key_of(b)


# ---------------------------------------------------------------- checks


def check_tree(app, frame):
    print("De boom (zoals Orca hem leest):")
    nodes = all_nodes(frame)
    check(bool(name(frame)) and "scenario" in name(frame).lower(),
          f"het venster heeft een naam: '{name(frame)}'", "geen of geen Nederlandse naam")
    focusable = [n for n in nodes if has(n, pyatspi.STATE_FOCUSABLE) and has(n, pyatspi.STATE_SHOWING)]
    unnamed = [describe(n) for n in focusable if not name(n).strip()]
    check(not unnamed, f"elk van de {len(focusable)} bedienbare onderdelen heeft een naam", ", ".join(unnamed))
    in_english = [f"{describe(n)} ({', '.join(english(name(n)))})" for n in nodes if english(name(n))]
    check(not in_english, "geen Engelse namen (zoals 'Resize panel', 'Close window')", "; ".join(in_english))
    tab_lists = [n for n in nodes if role(n) == "page tab list"]
    tabs = [c for t in tab_lists for c in children(t) if role(c) == "page tab"]
    selected = [t for t in tabs if has(t, pyatspi.STATE_SELECTED)]
    check(len(tab_lists) == 1 and bool(name(tab_lists[0])) and len(tabs) >= 8 and len(selected) == 1,
          f"tabbladen zijn een benoemde tabbladlijst met {len(tabs)} tabbladen, één geselecteerd",
          f"{len(tab_lists)} lijsten, {len(tabs)} tabbladen, {len(selected)} geselecteerd")
    radios = [n for n in nodes if role(n) == "radio button"]
    loose = [describe(r) for r in radios if not (role(r.parent) == "panel" and name(r.parent))]
    check(radios and not loose, f"{len(radios)} keuzerondjes staan in benoemde groepen", ", ".join(loose))
    images = [n for n in nodes if role(n) == "image"]
    undescribed = [describe(i) for i in images if not (name(i) and (i.description or "").strip())]
    check(images and not undescribed,
          f"{len(images)} grafieken zijn afbeeldingen met een naam en de getallen als beschrijving",
          ", ".join(undescribed))
    staffing = [i for i in images if "formatie" in name(i).lower()]
    check(staffing and "fte" in staffing[0].description,
          "de formatiegrafiek beschrijft haar getallen", staffing[0].description[:80] if staffing else "geen")
    menus = [n for n in nodes if role(n) == "push button" and name(n) in ("Bestand", "Beeld", "Help")]
    check(len(menus) == 3, "de menuknoppen Bestand, Beeld en Help zijn er", f"{len(menus)}")
    return nodes


def check_table(frame):
    nodes = all_nodes(frame)
    tables = [n for n in nodes if role(n) == "table"]
    check(bool(tables), "er is een tabel (Tabel 5)", "geen tabelrol")
    for table in tables:
        rows = [c for c in children(table) if role(c) == "table row"]
        cells = [c for r in rows for c in children(r)]
        headers = [c for c in cells if role(c) == "column header"]
        row_headers = [c for c in cells if role(c) == "row header"]
        plain = [c for c in cells if role(c) == "table cell"]
        check(name(table) and rows and headers and row_headers and plain,
              f"tabel '{name(table)}': {len(rows)} rijen, {len(headers)} kolomkoppen, "
              f"{len(row_headers)} rijkoppen, {len(plain)} cellen",
              "rollen ontbreken")
        starred = [c for c in plain if "*" in " ".join(name(n) for n, _ in walk(c))]
        hidden = [describe(c) for c in starred
                  if not (has(c, pyatspi.STATE_FOCUSABLE) and (c.description or "").strip())]
        if starred:
            check(not hidden,
                  f"{len(starred)} cellen met een opmerking (*) zijn met Tab te bereiken en lezen de opmerking voor",
                  ", ".join(hidden))


def tab_cycle(frame, what, limit=160):
    """Tab from where the focus is until it comes round; every stop named and on screen."""
    window = extents(frame)
    seen = []
    problems = []
    first = None
    for _ in range(limit):
        node = press("Tab", what=what)
        if node is None:
            problems.append(f"Tab na '{name(seen[-1]) if seen else ''}' gaf geen focus")
            break
        if first is None:
            first = node
        elif same(node, first) and len(seen) > 1:
            break
        seen.append(node)
        if not name(node).strip():
            problems.append(f"{describe(node)} zonder naam")
        if not on_screen(node, window):
            problems.append(f"{describe(node)} buiten beeld op {extents(node)}")
    return seen, problems


def check_tab_walk(frame):
    print("Het toetsenbord (xdotool):")
    seen, problems = tab_cycle(frame, "Tab door het venster")
    CYCLE[:] = [name(n) for n in seen]
    tabs = [n for n in seen if role(n) == "page tab"]
    check(not problems and len(seen) > 20,
          f"Tab loopt rond langs {len(seen)} onderdelen, elk benoemd en in beeld", "; ".join(problems[:6]))
    check(len(tabs) >= 8, f"Tab bereikt alle {len(tabs)} tabbladen", f"{len(tabs)}")
    return seen


# The names in Tab order on Overzicht, from the first walk round the window.
CYCLE = []


def focus_on(frame, wanted, limit=160):
    """Tabs (or Shift+Tabs, when that is shorter on Overzicht's known order)
    until the node named `wanted` has the focus."""
    if FOCUS.node is not None and name(FOCUS.node) == wanted:
        return FOCUS.node
    step = "Tab"
    here = name(FOCUS.node) if FOCUS.node is not None else None
    if here in CYCLE and wanted in CYCLE:
        forward = (CYCLE.index(wanted) - CYCLE.index(here)) % len(CYCLE)
        if forward > len(CYCLE) // 2:
            step = "shift+Tab"
    for _ in range(limit):
        node = press(step)
        if node is not None and name(node) == wanted:
            return node
    return None


def keys_in_a_row(keys, count, until, what):
    """Sends `count` presses of `keys` at once (the window takes one key a
    frame, in order) and waits until `until()` holds."""
    if count > 0:
        subprocess.run(["xdotool", "key", "--delay", "20", *([keys] * count)], check=True)
    return wait_for(until, what, DEADLINE_S + count * 0.5)


def check_every_tab(frame):
    """Each tab chosen with the keyboard; Tab through its view, Shift+Tab back."""
    window = extents(frame)
    tab = focus_on(frame, "Overzicht")
    tab_names = [name(c) for c in children(tab.parent) if role(c) == "page tab"]
    for index, tab_name in enumerate(tab_names):
        if index > 0:
            tab = press("Tab")
            if not (tab and name(tab) == tab_name):
                check(False, f"tabblad {tab_name} met Tab", describe(tab) if tab else "geen focus")
                return
        key("space")
        chosen = wait_for(lambda: has(tab, pyatspi.STATE_SELECTED), f"{tab_name} gekozen")
        stops, problems = 0, []
        # Past the other tabs, into the view, until the focus leaves it.
        for _ in range(120):
            node = press("Tab")
            if node is None:
                problems.append("geen focus na Tab")
                break
            stops += 1
            if role(node) == "page tab":
                continue
            if not any(name(a).startswith("Weergave:") for a in ancestors(node)):
                break
            if not name(node).strip():
                problems.append(f"{describe(node)} zonder naam")
            if not on_screen(node, window):
                problems.append(f"{describe(node)} buiten beeld op {extents(node)}")
        check(chosen and not problems,
              f"tabblad {tab_name}: met spatie gekozen, Tab door {stops} onderdelen, elk benoemd en in beeld",
              "; ".join(problems[:5]) or "niet gekozen")
        keys_in_a_row("shift+Tab", stops, lambda: FOCUS.node is not None and name(FOCUS.node) == tab_name,
                      f"terug naar {tab_name}")
        if not (FOCUS.node and name(FOCUS.node) == tab_name):
            check(False, f"Shift+Tab terug naar tabblad {tab_name}", describe(FOCUS.node))
            return
    # Back to the first tab, for what follows.
    for _ in range(len(tab_names) - 1):
        press("shift+Tab")
    key("space")


def menus_of(opener):
    """The open menus a menu button shows (its children on the bus)."""
    return [n for n, _ in walk(opener) if role(n) == "menu" and has(n, pyatspi.STATE_SHOWING)]


def dialogs(frame):
    return [c for c in children(frame) if role(c) == "dialog"]


def dialog_of(node):
    return in_role(node, "dialog") if node is not None else None


def check_dialog(frame, opener_name, open_keys, dialog_name, via_menu=None):
    """Opens a dialog with the keyboard from `opener_name`: the focus goes in,
    Tab stays in, Esc closes it and the focus is back on the opener."""
    opener = focus_on(frame, opener_name)
    if opener is None:
        return check(False, f"{dialog_name}: opener '{opener_name}' bereikt", "niet gevonden")
    opener_key = key_of(opener)
    if via_menu:
        node = press("Return", what=f"menu {opener_name}")
        menu = wait_for(lambda: menus_of(opener), "menu open")
        items = [c for m in (menu or []) for c, _ in walk(m) if role(c) == "menu item"]
        # AccessKit marks the button expanded with a menu popup; AT-SPI
        # does not get that state (accesskit_atspi_common 0.21 does not map
        # it): the menu as the button's child is what Orca sees.
        check(bool(menu) and bool(items) and all(name(i) for i in items),
              f"menu {opener_name}: een benoemd menu onder de knop met {len(items)} benoemde menu-items",
              "geen menu of items")
        for _ in range(20):
            if node is not None and name(node) == via_menu:
                break
            node = press("Down")
        if node is None or name(node) != via_menu:
            return check(False, f"{dialog_name}: menu-item '{via_menu}' met de pijltjes", describe(node))
    inside_node = press(open_keys, what=f"{dialog_name} open")
    dialog = dialog_of(inside_node)
    opened = dialog is not None and name(dialog) == dialog_name
    check(opened and has(dialog, pyatspi.STATE_MODAL),
          f"{dialog_name}: een modaal dialoogvenster met die naam, de focus erin ({describe(inside_node)})",
          f"focus op {describe(inside_node)}, dialoog {describe(dialog) if dialog else 'geen'}")
    if via_menu:
        closed = wait_for(lambda: not menus_of(opener), "menu dicht", 3)
        check(closed, f"menu {opener_name} sluit bij de keuze '{via_menu}'", "menu blijft open")
    escaped = []
    for _ in range(8):
        node = press("Tab")
        if node is not None and dialog_of(node) is None:
            escaped.append(describe(node))
    check(opened and not escaped, f"{dialog_name}: Tab blijft in het venster (8 keer)", ", ".join(escaped))
    back = press("Escape", what=f"{dialog_name} sluiten")
    gone = wait_for(lambda: not dialogs(frame), "dialoog weg")
    check(bool(gone) and same(back, opener_key),
          f"{dialog_name}: Esc sluit en de focus is terug op '{opener_name}'",
          f"focus op {describe(back) if back else 'niets'}")


def check_overlay(frame, opener_name, open_keys, what, gone_when, via_menu=None):
    """Comparison or presentation: opened with the keyboard, Esc closes it and
    the focus is back on its opener."""
    opener = focus_on(frame, opener_name)
    if opener is None:
        return check(False, f"{what}: '{opener_name}' bereikt", "niet gevonden")
    opener_key = key_of(opener)
    if via_menu:
        node = press("Return")
        for _ in range(25):
            if node is not None and name(node) == via_menu:
                break
            node = press("Down")
    key(*open_keys.split())
    opened = wait_for(lambda: gone_when(frame) is False, f"{what} open")
    if via_menu:
        closed = wait_for(lambda: not menus_of(opener), "menu dicht", 3)
        check(closed, f"menu {opener_name} sluit bij de keuze '{via_menu}'", "menu blijft open")
    back = press("Escape", what=f"{what} sluiten")
    closed = wait_for(lambda: gone_when(frame) is True, f"{what} dicht")
    check(bool(opened) and bool(closed) and same(back, opener_key),
          f"{what}: Esc sluit en de focus is terug op '{opener_name}'",
          f"open {bool(opened)}, dicht {bool(closed)}, focus op {describe(back) if back else 'niets'}")


def tabs_shown(frame):
    return any(role(n) == "page tab list" and has(n, pyatspi.STATE_SHOWING) for n in all_nodes(frame))


def check_f1(frame):
    opener = key_of(focus_on(frame, "Onafhankelijk toezicht"))
    node = press("F1", what="F1")
    dialog = dialog_of(node)
    check(dialog is not None and name(dialog) == "Sneltoetsen",
          f"F1 opent de sneltoetsen en neemt de focus ({describe(node)})", describe(node) if node else "geen focus")
    back = press("Escape")
    check(same(back, opener), "Esc uit de sneltoetsen: de focus terug op 'Onafhankelijk toezicht'",
          describe(back) if back else "niets")


def list_items(picker):
    return [n for n, _ in walk(picker) if role(n) == "list item" and has(n, pyatspi.STATE_SHOWING)]


def check_set_list(frame):
    picker = focus_on(frame, "Aannameset")
    key("space")
    options = wait_for(lambda: list_items(picker), "setlijst open")
    selected = [o for o in options or [] if has(o, pyatspi.STATE_SELECTED)]
    check(bool(options) and len(selected) == 1,
          f"de setlijst opent met {len(options or [])} opties (rol lijstitem), één geselecteerd",
          f"{len(options or [])} opties, {len(selected)} geselecteerd")
    node = press("Down")
    for _ in range(len(options or [])):
        if node is None or not has(node, pyatspi.STATE_SELECTED):
            break
        node = press("Down")
    chosen = name(node) if node is not None else ""
    before = name(frame)
    press("Return", expect_focus=False)
    closed = wait_for(lambda: not list_items(picker), "setlijst dicht")
    changed = wait_for(lambda: name(frame) != before, "andere set")
    check(bool(closed) and bool(changed), f"de setlijst sluit bij een keuze met Enter ('{chosen}')",
          f"dicht {bool(closed)}, venstertitel {name(frame)}")


def start_app():
    log = open(os.path.join(WORK, "app.log"), "w")
    return subprocess.Popen([APP], stdout=log, stderr=subprocess.STDOUT)


def main():
    global FOCUS
    started = time.monotonic()
    subprocess.run(
        [
            "dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
            "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
            "string:org.a11y.Status", "string:IsEnabled", "variant:boolean:true",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    FOCUS = Focus()
    app_process = None
    app = None
    # A window system still starting up can refuse the first window.
    for attempt in range(3):
        app_process = start_app()
        app = wait_for(lambda: app_process.poll() is None and (a := find_app()) and frame_of(a)
                       and len(all_nodes(a)) > 50 and a, "het programma op de AT-SPI-bus", 90)
        if app is not None:
            break
        app_process.kill()
        app_process.wait()
    try:
        if app is None:
            print("het programma verscheen niet op de AT-SPI-bus")
            print(open(os.path.join(WORK, "app.log")).read())
            return 1
        frame = frame_of(app)
        if os.environ.get("NMD_ATSPI_DUMP"):
            dump(app)
            return 0
        print(f"nmd-scenarios op de AT-SPI-bus: {len(all_nodes(frame))} knopen")
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", ".", "windowfocus", "--sync"],
                       check=False, stdout=subprocess.DEVNULL)
        check_tree(app, frame)
        check_table(frame)
        check_tab_walk(frame)
        check_every_tab(frame)
        print("Vensters, menu's en de focus:")
        check_f1(frame)
        check_dialog(frame, "Onafhankelijk toezicht", "ctrl+s", "Set opslaan als")
        check_dialog(frame, "Bestand", "Return", "Set opslaan als", via_menu="Set opslaan als…")
        check_dialog(frame, "Help", "Return", "Over nmd-scenarios", via_menu="Over nmd-scenarios")
        check_dialog(frame, "Afleiding per staaf…", "Return", "Afleiding van de formatie")
        check_overlay(frame, "Beeld", "Return", "vergelijken", lambda f: tabs_shown(f),
                      via_menu="Twee sets vergelijken")
        check_overlay(frame, "Onafhankelijk toezicht", "F11", "presentatie", lambda f: tabs_shown(f))
        check_set_list(frame)
        if LATENCIES:
            mean = sum(LATENCIES) / len(LATENCIES)
            print(f"{len(LATENCIES)} toetsen; van toets tot focus gemiddeld {mean * 1000:.0f} ms")
        print(f"{len(CHECKS) - len(FAILURES)} passed, {len(FAILURES)} failed "
              f"({time.monotonic() - started:.0f} s)")
        for failure in FAILURES:
            print(f"FOUT: {failure}")
        return 1 if FAILURES else 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    sys.exit(main())
