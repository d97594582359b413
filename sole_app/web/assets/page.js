/* The group page: a group's device writes its record on the librarian's laptop.
 *
 * Plain ES5 and XMLHttpRequest, for the browsers of old tablets. Every keystroke is kept in
 * the browser's localStorage at once, so closing the tab or losing the Wi-Fi loses nothing;
 * a short pause in typing sends the whole record with the stored version it grew from
 * ("base"), and the laptop merges it with what other devices of the group wrote. Nothing
 * typed is ever put into the page as HTML: only text, and the preview the laptop rendered
 * and sanitised.
 */
(function () {
  "use strict";

  var FIELDS = ["found", "sources", "certainty", "new_questions"];
  var LIST_FIELDS = {sources: true, new_questions: true};
  var PAUSE_MS = 400;         // a pause in typing that sends
  var LONGEST_WAIT_MS = 1500; // typing without a pause still sends this often
  var POLL_MS = 2000;         // how often the other devices' words are fetched
  var RETRY_MS = 3000;
  var TIMEOUT_MS = 8000;

  var words = JSON.parse(document.getElementById("words").textContent);
  var match = /^\/s\/([^\/]+)\//.exec(window.location.pathname);
  var code = match ? match[1] : "";
  var base = "/s/" + code + "/";

  var device = null;   // {code, token, group: {uid, nickname}}
  var state = null;    // {base: {revision, content}, origin: content, local: content}
  var inFlight = false;
  var again = false;
  var saveTimer = null;
  var pollTimer = null;
  var firstUnsent = 0;
  var stopped = false;
  var keepSaidUntil = 0;      // a merge or conflict notice stays a while before "Saved"

  function byId(id) { return document.getElementById(id); }

  /* -- storage ---------------------------------------------------------------------------- */

  function read(key) {
    try {
      var text = window.localStorage.getItem(key);
      return text ? JSON.parse(text) : null;
    } catch (error) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (error) { /* storage full or off: the words are still on screen */ }
  }

  function draftKey(uid) { return "sole.draft." + uid; }

  function keepDraft() {
    if (device && state) { write(draftKey(device.group.uid), state); }
  }

  /* -- the record's content ----------------------------------------------------------------- */

  function lines(text) {
    var kept = [];
    var parts = text.split("\n");
    for (var i = 0; i < parts.length; i++) {
      var line = parts[i].replace(/^\s+|\s+$/g, "");
      if (line) { kept.push(line); }
    }
    return kept;
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function fieldValue(name) {
    if (name === "certainty") {
      var radios = document.getElementsByName("certainty");
      for (var i = 0; i < radios.length; i++) {
        if (radios[i].checked) { return radios[i].value; }
      }
      return null;
    }
    var value = byId(name).value;
    return LIST_FIELDS[name] ? lines(value) : value;
  }

  function shown() {
    var content = {};
    for (var i = 0; i < FIELDS.length; i++) { content[FIELDS[i]] = fieldValue(FIELDS[i]); }
    return content;
  }

  function cursorAfter(old, text, position) {
    var common = 0;
    while (common < old.length && common < text.length &&
           old.charAt(common) === text.charAt(common)) { common++; }
    if (position <= common) { return position; }
    return Math.max(common, Math.min(text.length, position + text.length - old.length));
  }

  function show(name, value) {
    if (same(fieldValue(name), value)) { return; }
    if (name === "certainty") {
      var radios = document.getElementsByName("certainty");
      for (var i = 0; i < radios.length; i++) { radios[i].checked = radios[i].value === value; }
      return;
    }
    var box = byId(name);
    var text = LIST_FIELDS[name] ? value.join("\n") : value;
    var focused = document.activeElement === box;
    var position = box.selectionStart;
    var old = box.value;
    box.value = text;
    if (focused) {
      position = cursorAfter(old, text, position);
      box.setSelectionRange(position, position);
    }
  }

  function showRecord(record) {
    for (var i = 0; i < FIELDS.length; i++) { show(FIELDS[i], record.content[FIELDS[i]]); }
    showPreview(record);
  }

  function showPreview(record) {
    // Rendered by the laptop from Markdown and sanitised there (core/markup.py): no script,
    // no image, no style; the page's Content-Security-Policy would refuse them as well.
    byId("preview").innerHTML = record.found_html;
  }

  /* -- talking to the laptop -------------------------------------------------------------- */

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, base + path, true);
    xhr.timeout = TIMEOUT_MS;
    if (device) { xhr.setRequestHeader("X-Device", device.token); }
    if (body !== null) { xhr.setRequestHeader("Content-Type", "application/json"); }
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (error) { answer = null; }
      done(xhr.status, answer || {}, xhr);
    };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function say(key, text) {
    var now = new Date().getTime();
    if ((key === "saving" || key === "saved") && now < keepSaidUntil) { return; }
    if (key === "merged" || key === "conflict") { keepSaidUntil = now + 8000; }
    var line = byId("status");
    line.textContent = text || words[key] || "";
    line.className = "status " + key;
    line.hidden = !line.textContent;
  }

  function refused(status, answer, xhr) {
    if (status === 401 || status === 410) {
      if (status === 410) {
        say("group_gone");
        if (unsent()) { write("sole.orphan", {uid: device.group.uid}); }
      }
      leaveGroup(status === 401);
      return true;
    }
    if (status === 403 || status === 409) {
      stopped = true;
      say("page_closed");
      return true;
    }
    if (status === 413 || status === 422) {
      say("too_long", answer.message);
      return true;
    }
    if (status === 429) {
      say("too_fast");
      var wait = parseInt(xhr.getResponseHeader("Retry-After"), 10) || 2;
      retryIn(wait * 1000);
      return true;
    }
    return false;
  }

  /* -- saving --------------------------------------------------------------------------------- */

  function unsent() { return state && !same(state.local, state.base.content); }

  function typed() {
    state.local = shown();
    keepDraft();
    if (!firstUnsent) { firstUnsent = new Date().getTime(); }
    window.clearTimeout(saveTimer);
    var waited = new Date().getTime() - firstUnsent;
    saveTimer = window.setTimeout(save, waited >= LONGEST_WAIT_MS ? 0 : PAUSE_MS);
  }

  function retryIn(milliseconds) {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(save, milliseconds);
  }

  function save() {
    if (stopped || !state) { return; }
    if (inFlight) { again = true; return; }
    if (!unsent()) { firstUnsent = 0; return; }
    var sent = JSON.parse(JSON.stringify(state.local));
    var body = {content: sent, base_revision: state.base.revision,
                base_content: state.base.content};
    if (!same(state.origin, state.base.content)) { body.origin = state.origin; }
    inFlight = true;
    say("saving");
    request("POST", "api/record", body, function (status, answer, xhr) {
      inFlight = false;
      if (status === 200) {
        saved(sent, answer);
      } else if (!refused(status, answer, xhr)) {
        say(status === 503 ? "not_saved" : "offline");
        retryIn(RETRY_MS);
        return;
      }
      if (again) { again = false; save(); }
    });
  }

  function saved(sent, answer) {
    var record = answer.record;
    state.local = shown();
    for (var i = 0; i < FIELDS.length; i++) {
      var name = FIELDS[i];
      if (same(state.local[name], sent[name])) {
        // Not touched while the save was away: show what is stored now (with the other
        // devices' words, if any).
        state.local[name] = record.content[name];
        state.origin[name] = record.content[name];
      } else {
        // Typed on: these words grew from what was sent, not from what is stored.
        state.origin[name] = sent[name];
      }
    }
    state.base = record;
    for (var j = 0; j < FIELDS.length; j++) { show(FIELDS[j], state.local[FIELDS[j]]); }
    showPreview(record);
    keepDraft();
    firstUnsent = unsent() ? new Date().getTime() : 0;
    say(answer.status === "saved" ? "saved" : answer.status);
    if (unsent()) { retryIn(PAUSE_MS); }
  }

  /* -- what the other devices wrote -------------------------------------------------------- */

  function poll() {
    window.clearTimeout(pollTimer);
    pollTimer = window.setTimeout(poll, POLL_MS);
    if (stopped || !state || inFlight || unsent()) { return; }
    request("GET", "api/record", null, function (status, answer, xhr) {
      if (status !== 200) {
        if (!refused(status, answer, xhr)) { say("offline"); }
        return;
      }
      if (inFlight || unsent()) { return; }  // typing began meanwhile: the next save merges
      if (answer.record.revision !== state.base.revision) {
        state = {base: answer.record, origin: answer.record.content,
                 local: answer.record.content};
        showRecord(answer.record);
        keepDraft();
      }
      if (byId("status").className.indexOf("offline") >= 0) { say("saved"); }
    });
  }

  /* -- choosing a group -------------------------------------------------------------------- */

  function showScreen(name) {
    byId("join").hidden = name !== "join";
    byId("record").hidden = name !== "record";
  }

  function leaveGroup(rejoin) {
    var uid = device && device.group.uid;
    device = null;
    state = null;
    write("sole.device", null);
    showJoin(rejoin ? uid : null);
  }

  function showJoin(rejoinUid) {
    showScreen("join");
    request("GET", "api/groups", null, function (status, answer, xhr) {
      if (status !== 200) {
        if (!refused(status, answer, xhr)) { say("offline"); window.setTimeout(showJoin, RETRY_MS); }
        return;
      }
      listGroups(answer.groups);
      for (var i = 0; i < answer.groups.length; i++) {
        if (answer.groups[i].uid === rejoinUid) { join({group: rejoinUid}); return; }
      }
      if (byId("status").className.indexOf("group_gone") < 0) { say("", ""); }  // the heading says it
    });
  }

  function listGroups(groups) {
    var box = byId("groups");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    byId("no-groups").hidden = groups.length > 0;
    for (var i = 0; i < groups.length; i++) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "group";
      button.textContent = groups[i].nickname;
      button.setAttribute("data-uid", groups[i].uid);
      button.addEventListener("click", chooseGroup);
      box.appendChild(button);
    }
  }

  function chooseGroup(event) {
    join({group: event.currentTarget.getAttribute("data-uid")});
  }

  function join(body) {
    say("loading");
    request("POST", "api/join", body, function (status, answer, xhr) {
      if (status !== 200) {
        if (!refused(status, answer, xhr)) { say("offline"); }
        return;
      }
      device = {code: code, token: answer.device, group: answer.group};
      write("sole.device", device);
      openRecord(answer.record);
    });
  }

  function openRecord(record) {
    showScreen("record");
    byId("group-name").textContent = device.group.nickname;
    var draft = read(draftKey(device.group.uid));
    if (draft && draft.local && !same(draft.local, draft.base.content)) {
      state = draft;  // words not sent yet: show them and send them now
      showRecord({content: state.local, found_html: ""});
      showPreview(state.base);
      save();
    } else {
      state = {base: record, origin: record.content, local: record.content};
      showRecord(record);
      keepDraft();
      say("saved");
      carryOver();
    }
    poll();
  }

  /* -- words left from a group that is gone (merged or removed while this device was away) -- */

  function typedInto(before, after) {
    // What was typed into `after` since `before`, as one piece (a pause's worth of typing).
    var start = 0;
    while (start < before.length && start < after.length &&
           before.charAt(start) === after.charAt(start)) { start++; }
    var end = 0;
    while (end < before.length - start && end < after.length - start &&
           before.charAt(before.length - 1 - end) === after.charAt(after.length - 1 - end)) {
      end++;
    }
    return after.substring(start, after.length - end).replace(/^\s+|\s+$/g, "");
  }

  function carryOver() {
    var orphan = read("sole.orphan");
    if (!orphan || orphan.uid === device.group.uid) { return; }
    write("sole.orphan", null);
    var old = read(draftKey(orphan.uid));
    if (!old || same(old.local, old.base.content)) { return; }
    var local = JSON.parse(JSON.stringify(state.local));
    var extra = typedInto(old.base.content.found, old.local.found);
    if (extra && local.found.indexOf(extra) < 0) {
      local.found = local.found ? local.found.replace(/\s+$/, "") + "\n\n" + extra : extra;
    }
    for (var name in LIST_FIELDS) {
      for (var i = 0; i < old.local[name].length; i++) {
        var item = old.local[name][i];
        if (old.base.content[name].indexOf(item) < 0 && local[name].indexOf(item) < 0) {
          local[name].push(item);
        }
      }
    }
    local.certainty = local.certainty || old.local.certainty;
    state.local = local;
    showRecord({content: local, found_html: state.base.found_html});
    keepDraft();
    save();
  }

  /* -- start ------------------------------------------------------------------------------ */

  function listen() {
    for (var i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i] !== "certainty") { byId(FIELDS[i]).addEventListener("input", typed); }
    }
    var radios = document.getElementsByName("certainty");
    for (var j = 0; j < radios.length; j++) { radios[j].addEventListener("change", typed); }
    byId("new-group").addEventListener("submit", function (event) {
      event.preventDefault();
      var nickname = byId("nickname").value.replace(/^\s+|\s+$/g, "");
      if (nickname) { join({nickname: nickname}); }
    });
    byId("change-group").addEventListener("click", function () { leaveGroup(false); });
    window.addEventListener("online", function () { if (state) { save(); } });
  }

  listen();
  device = read("sole.device");
  if (device && device.code === code && device.token) {
    request("GET", "api/record", null, function (status, answer, xhr) {
      if (status === 200) { openRecord(answer.record); return; }
      if (!refused(status, answer, xhr)) { say("offline"); showJoin(device.group.uid); }
    });
  } else {
    var earlier = device;  // another session's, or this one's before the laptop restarted
    device = null;
    showJoin(earlier && earlier.group ? earlier.group.uid : null);
  }
}());
