/*
 * The plan entry grid of plans/plan.xhtml: activities × accounts × 12 months, drawn from
 * GET /api/plans/{id}/grid and written through PUT /api/plans/{id}/cells?source=grid.
 *
 * Kept light on purpose: plain <td> text cells and ONE floating <input> as editor, no framework,
 * no build step. The server decides everything (authority, lock, stale values); this script only
 * sends what the user saw (expected) and what they typed (amount), and shows the answer.
 *
 * When the grid is drawn, window.planGridReady is true, table[data-ready] is "true" and the
 * performance mark "plan-grid-ready" is set (the benchmark and the browser tests wait for it).
 */
(function () {
  'use strict';

  var table = document.getElementById('planGrid');
  if (!table) {
    return;
  }
  var planId = table.getAttribute('data-plan');
  var api = table.getAttribute('data-api') + '/plans/' + planId;
  var lang = table.getAttribute('data-lang') || 'sv';
  var scroller = document.getElementById('gridScroll');
  var statusBox = document.getElementById('gridStatus');
  var errorBox = document.getElementById('gridError');
  var YEAR = 13;

  var texts = {};
  var tpl = document.getElementById('planGridTexts');
  Array.prototype.forEach.call(tpl.content.querySelectorAll('[data-k]'), function (s) {
    texts[s.getAttribute('data-k')] = s.textContent;
  });
  function t(key) {
    var s = texts[key] || key;
    for (var i = 1; i < arguments.length; i++) {
      s = s.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return s;
  }

  var nf = new Intl.NumberFormat('sv-SE', {maximumFractionDigits: 0});
  function fmt(n) { return nf.format(n); }
  function cellText(n) { return n === 0 ? '' : nf.format(n); }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;';
    });
  }

  /**
   * A Swedish amount as typed or copied from Excel: "1 234,50", "1234", "-5 000", "−5 000",
   * non-breaking spaces, "12 000 kr". Whole kronor (rounded); '' is 0; null if it is no amount.
   */
  function parseAmount(text) {
    var s = String(text).replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-').replace(/kr$/i, '');
    if (s === '') {
      return 0;
    }
    if (s.indexOf(',') >= 0) {
      s = s.replace(/\./g, '').replace(',', '.');
    }
    if (!/^-?\d+(\.\d+)?$/.test(s)) {
      return null;
    }
    var n = Math.round(Number(s));
    return Number.isSafeInteger(n) ? n : null;
  }

  // ---- model -------------------------------------------------------------------------------
  var editable = table.getAttribute('data-editable') === 'true';
  var activities = [];
  var revenue = [];
  var costs = [];
  var accountById = {};
  var values = {};         // "aid:kid" -> [12 amounts]
  var comments = [];
  var expanded = {};       // aid -> true
  var drawn = {};          // aid -> true once the group's rows are in the DOM (drawn when near the view)
  var rowHeight = 25;      // px of one row, measured once drawn; a placeholder stands for rows not drawn
  var ROWS_PER_GROUP = 0;  // section, sum and account rows below a group's head
  var nav = [];            // navigable rows: {g: true, aid, tr} or {aid, kid, tr}
  var pos = {r: 0, c: 1};
  var anchor = null;       // selection anchor {r, c}
  var activeTd = null;

  function row(aid, kid) {
    var k = aid + ':' + kid;
    return values[k] || (values[k] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  }
  function amount(aid, kid, p) {
    var v = values[aid + ':' + kid];
    return v ? v[p - 1] : 0;
  }
  function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) { s += a[i]; } return s; }

  function load(data) {
    editable = data.editable;
    activities = data.activities;
    revenue = data.accounts.filter(function (a) { return a.kind === 'REVENUE'; });
    costs = data.accounts.filter(function (a) { return a.kind !== 'REVENUE'; });
    accountById = {};
    data.accounts.forEach(function (a) { accountById[a.id] = a; });
    values = {};
    data.cells.forEach(function (c) { row(c[0], c[1])[c[2] - 1] = c[3]; });
    comments = data.comments;
  }

  // ---- drawing -----------------------------------------------------------------------------
  function head() {
    var h = '<tr><th scope="col" class="acc">' + esc(t('account')) + '</th>';
    for (var p = 1; p <= 12; p++) {
      h += '<th scope="col">' + esc(t('month.' + p)) + '</th>';
    }
    return h + '<th scope="col" class="yr">' + esc(t('year')) + '</th></tr>';
  }

  function amountCells(a, cls) {
    var h = '';
    for (var p = 0; p < 12; p++) {
      h += '<td' + (cls ? ' class="' + cls + '"' : '') + '>' + cellText(a[p]) + '</td>';
    }
    return h + '<td class="yr' + (cls ? ' ' + cls : '') + '">' + fmt(sum(a)) + '</td>';
  }

  function sums(aid, accounts) {
    var s = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    accounts.forEach(function (acc) {
      var v = values[aid + ':' + acc.id];
      if (v) {
        for (var p = 0; p < 12; p++) { s[p] += v[p]; }
      }
    });
    return s;
  }
  function minus(a, b) { return a.map(function (x, i) { return x - b[i]; }); }

  function accountRows(aid, accounts, cls) {
    var h = '';
    accounts.forEach(function (acc) {
      h += '<tr data-k="' + acc.id + '" class="' + cls + '"><th scope="row" class="acc">'
          + esc(acc.number) + ' ' + esc(acc.name) + '</th>';
      var v = values[aid + ':' + acc.id] || [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
      for (var p = 0; p < 12; p++) {
        h += '<td>' + cellText(v[p]) + '</td>';
      }
      h += '<td class="yr">' + cellText(sum(v)) + '</td></tr>';
    });
    return h;
  }

  function groupBody(act) {
    var open = !!expanded[act.id];
    var rev = sums(act.id, revenue);
    var cost = sums(act.id, costs);
    var h = '<tr class="act-head" data-g="1"><th scope="rowgroup" colspan="14">'
        + '<button type="button" class="toggle" tabindex="-1" aria-expanded="' + open + '">'
        + '<span class="chev" aria-hidden="true">' + (open ? '▾' : '▸') + '</span> '
        + esc(act.code) + ' ' + esc(act.name) + '</button>'
        + '<span class="act-result">' + esc(t('result')) + ' ' + fmt(sum(rev) - sum(cost)) + '</span></th></tr>';
    if (!open) {
      return h;
    }
    if (!drawn[act.id]) {
      return h + '<tr class="ph" aria-hidden="true"><td colspan="14" style="height:' + (ROWS_PER_GROUP * rowHeight) + 'px"></td></tr>';
    }
    h += '<tr class="sec"><th scope="rowgroup" colspan="14">' + esc(t('revenue')) + '</th></tr>';
    h += accountRows(act.id, revenue, 'rev');
    h += '<tr class="sum" data-s="rev"><th scope="row">' + esc(t('revenueTotal')) + '</th>' + amountCells(rev) + '</tr>';
    h += '<tr class="sec"><th scope="rowgroup" colspan="14">' + esc(t('cost')) + '</th></tr>';
    h += accountRows(act.id, costs, 'cost');
    h += '<tr class="sum" data-s="cost"><th scope="row">' + esc(t('costTotal')) + '</th>' + amountCells(cost) + '</tr>';
    h += '<tr class="sum result" data-s="res"><th scope="row">' + esc(t('result')) + '</th>'
        + amountCells(minus(rev, cost)) + '</tr>';
    return h;
  }

  function departmentTotals() {
    var rev = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    var cost = rev.slice();
    Object.keys(values).forEach(function (k) {
      var kid = k.substring(k.indexOf(':') + 1);
      var target = accountById[kid] && accountById[kid].kind === 'REVENUE' ? rev : cost;
      var v = values[k];
      for (var p = 0; p < 12; p++) { target[p] += v[p]; }
    });
    return {rev: rev, cost: cost};
  }

  function foot() {
    var d = departmentTotals();
    document.getElementById('totalRevenue').textContent = fmt(sum(d.rev)) + ' kr';
    document.getElementById('totalCost').textContent = fmt(sum(d.cost)) + ' kr';
    document.getElementById('totalResult').textContent = fmt(sum(d.rev) - sum(d.cost)) + ' kr';
    return '<tr class="dept-head"><th scope="rowgroup" colspan="14">' + esc(t('department')) + '</th></tr>'
        + '<tr class="sum"><th scope="row">' + esc(t('revenueTotal')) + '</th>' + amountCells(d.rev) + '</tr>'
        + '<tr class="sum"><th scope="row">' + esc(t('costTotal')) + '</th>' + amountCells(d.cost) + '</tr>'
        + '<tr class="sum result"><th scope="row">' + esc(t('result')) + '</th>' + amountCells(minus(d.rev, d.cost)) + '</tr>';
  }

  function draw() {
    ROWS_PER_GROUP = revenue.length + costs.length + 5;
    // the groups on the first screen are drawn at once; the rest as they come near the view
    var first = Math.ceil((scroller.clientHeight + 800) / ((ROWS_PER_GROUP + 1) * rowHeight)) + 1;
    activities.slice(0, first).forEach(function (a) { drawn[a.id] = true; });
    var h = '<caption id="gridCaption">' + table.caption.innerHTML + '</caption>'
        + '<colgroup><col class="c-acc"/><col span="12" class="c-m"/><col class="c-yr"/></colgroup><thead>' + head() + '</thead>';
    activities.forEach(function (act) {
      h += '<tbody class="act" data-a="' + act.id + '">' + groupBody(act) + '</tbody>';
    });
    h += '<tfoot>' + foot() + '</tfoot>';
    table.innerHTML = h;
    afterDraw();
  }

  function redrawGroup(aid) {
    var tbody = table.querySelector('tbody[data-a="' + aid + '"]');
    var act = activities.filter(function (a) { return String(a.id) === String(aid); })[0];
    tbody.innerHTML = groupBody(act);
    afterDraw();
  }

  /** Draws a group's rows if they are not in the DOM yet (they are drawn as they come near the view). */
  function materialise(aid) {
    if (!drawn[aid] && expanded[aid]) {
      drawn[aid] = true;
      var tbody = table.querySelector('tbody[data-a="' + aid + '"]');
      var act = activities.filter(function (a) { return a.id === aid; })[0];
      tbody.innerHTML = groupBody(act);
      var acc = tbody.querySelector('tr[data-k]');
      if (acc && acc.offsetHeight) { rowHeight = acc.offsetHeight; }
      markComments();
    }
  }

  var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (e.isIntersecting) {
        observer.unobserve(e.target);
        var tb = e.target.closest('tbody');
        if (tb) { materialise(Number(tb.getAttribute('data-a'))); activeAgain(); }
      }
    });
  }, {root: scroller, rootMargin: '800px 0px'}) : null;

  function activeAgain() {
    if (activeTd && !activeTd.isConnected) { activeTd = null; show(true); }
  }

  function trOf(n) {
    materialise(n.aid);
    var tb = table.querySelector('tbody[data-a="' + n.aid + '"]');
    return n.g ? tb.rows[0] : tb.querySelector('tr[data-k="' + n.kid + '"]');
  }

  function afterDraw() {
    nav = [];
    activities.forEach(function (act) {
      nav.push({g: true, aid: act.id});
      if (expanded[act.id]) {
        revenue.concat(costs).forEach(function (acc) { nav.push({aid: act.id, kid: acc.id}); });
      }
    });
    if (observer) {
      Array.prototype.forEach.call(table.querySelectorAll('tr.ph'), function (ph) { observer.observe(ph); });
    }
    markComments();
    pos.r = Math.min(pos.r, nav.length - 1);
    activeTd = null;
    show();
  }

  /** Refreshes the sums of one activity and of the department after figures changed. */
  function refreshSums(aids) {
    aids.forEach(function (aid) {
      var tb = table.querySelector('tbody[data-a="' + aid + '"]');
      if (!tb) { return; }
      var rev = sums(aid, revenue);
      var cost = sums(aid, costs);
      var res = tb.querySelector('.act-result');
      res.textContent = t('result') + ' ' + fmt(sum(rev) - sum(cost));
      var put = function (sel, a) {
        var tr = tb.querySelector('tr[data-s="' + sel + '"]');
        if (!tr) { return; }
        for (var p = 0; p < 12; p++) { tr.cells[p + 1].textContent = cellText(a[p]); }
        tr.cells[YEAR].textContent = fmt(sum(a));
      };
      put('rev', rev);
      put('cost', cost);
      put('res', minus(rev, cost));
    });
    table.tFoot.innerHTML = foot();
  }

  function tdOf(aid, kid, p) {
    var tb = table.querySelector('tbody[data-a="' + aid + '"]');
    var tr = tb && tb.querySelector('tr[data-k="' + kid + '"]');
    return tr ? tr.cells[p] : null;
  }

  function setAmount(aid, kid, p, n) {
    row(aid, kid)[p - 1] = n;
    var td = tdOf(aid, kid, p);
    if (td) {
      td.textContent = cellText(n);
      td.parentNode.cells[YEAR].textContent = cellText(sum(row(aid, kid)));
    }
  }

  function mark(list, cls, keep) {
    list.forEach(function (c) {
      var td = tdOf(c.activityId, c.accountId, c.period);
      if (!td) { return; }
      td.classList.remove('saving', 'saved', 'failed');
      if (cls) {
        td.classList.add(cls);
        if (!keep) {
          setTimeout(function () { td.classList.remove(cls); }, 1500);
        }
      }
    });
  }

  // ---- moving around -----------------------------------------------------------------------
  function current() { return nav[pos.r]; }

  function label(n, p) {
    var act = activities.filter(function (a) { return a.id === n.aid; })[0];
    var acc = accountById[n.kid];
    return t('cellLabel', act.code, acc.number + ' ' + acc.name, p === YEAR ? t('year') : t('month.' + p));
  }

  function show(quiet) {
    if (activeTd) {
      activeTd.classList.remove('active');
      activeTd.removeAttribute('id');
    }
    var n = current();
    if (!n) { return; }
    var tr = trOf(n);
    activeTd = n.g ? tr.cells[0] : tr.cells[pos.c];
    activeTd.classList.add('active');
    activeTd.id = 'gridActive-' + n.aid + '-' + (n.kid || 'g') + '-' + pos.c;
    table.setAttribute('aria-activedescendant', activeTd.id);
    document.getElementById('activeCell').textContent = n.g ? '' : label(n, pos.c);
    paintSelection();
    if (quiet) { return; }
    var r = activeTd.getBoundingClientRect();
    var s = scroller.getBoundingClientRect();
    if (r.bottom > s.bottom || r.top < s.top + 30 || r.right > s.right || r.left < s.left + 200) {
      activeTd.scrollIntoView({block: 'nearest', inline: 'nearest'});
    }
    updateCommentTarget();
  }

  function move(dr, dc, extend) {
    if (extend && !anchor) { anchor = {r: pos.r, c: pos.c}; }
    if (!extend) { anchor = null; }
    pos.r = Math.max(0, Math.min(nav.length - 1, pos.r + dr));
    pos.c = Math.max(1, Math.min(YEAR, pos.c + dc));
    show();
  }

  function selection() {
    var a = anchor || pos;
    var rows = [];
    for (var r = Math.min(a.r, pos.r); r <= Math.max(a.r, pos.r); r++) {
      if (!nav[r].g) { rows.push(nav[r]); }
    }
    return {rows: rows, c1: Math.min(a.c, pos.c, 12), c2: Math.min(Math.max(a.c, pos.c), 12)};
  }

  var painted = [];
  function paintSelection() {
    painted.forEach(function (td) { td.classList.remove('sel'); });
    painted = [];
    if (!anchor) { return; }
    var s = selection();
    s.rows.forEach(function (n) {
      var tr = trOf(n);
      for (var c = s.c1; c <= s.c2; c++) { tr.cells[c].classList.add('sel'); painted.push(tr.cells[c]); }
    });
  }

  function toggle(aid, open) {
    expanded[aid] = open === undefined ? !expanded[aid] : open;
    drawn[aid] = true;
    redrawGroup(aid);
    pos.r = nav.findIndex(function (n) { return n.g && n.aid === aid; });
    show();
  }

  // ---- editing -----------------------------------------------------------------------------
  var editor = document.createElement('input');
  editor.type = 'text';
  editor.id = 'cellEditor';
  editor.className = 'cell-editor';
  editor.setAttribute('inputmode', 'decimal');
  editor.setAttribute('autocomplete', 'off');
  editor.hidden = true;
  scroller.appendChild(editor);
  var editing = null;      // {aid, kid, p, seen}

  function say(text) { errorBox.textContent = ''; statusBox.textContent = text; }
  function fail(text) { statusBox.textContent = ''; errorBox.textContent = text; }

  function startEdit(initial) {
    var n = current();
    if (!n || n.g) { return; }
    if (!editable) { fail(t('readOnly')); return; }
    if (pos.c === YEAR) { openSpread(initial); return; }
    editing = {aid: n.aid, kid: n.kid, p: pos.c, seen: amount(n.aid, n.kid, pos.c)};
    var td = trOf(n).cells[pos.c];
    editor.style.top = (td.offsetTop + td.offsetParent.offsetTop) + 'px';
    editor.style.left = (td.offsetLeft + td.offsetParent.offsetLeft) + 'px';
    editor.style.width = td.offsetWidth + 'px';
    editor.style.height = td.offsetHeight + 'px';
    editor.value = initial !== undefined ? initial : (editing.seen === 0 ? '' : String(editing.seen));
    editor.setAttribute('aria-label', label(n, pos.c));
    editor.removeAttribute('aria-invalid');
    editor.hidden = false;
    editor.focus();
    if (initial === undefined) { editor.select(); }
  }

  function stopEdit() {
    editing = null;
    editor.hidden = true;
    table.focus();
  }

  /** Commits the editor; false if what was typed is no amount (the editor stays open). */
  function commit() {
    if (!editing) { return true; }
    var n = parseAmount(editor.value);
    if (n === null) {
      editor.setAttribute('aria-invalid', 'true');
      fail(t('invalid', editor.value));
      return false;
    }
    var e = editing;
    stopEdit();
    if (n !== e.seen) {
      save([{activityId: e.aid, accountId: e.kid, period: e.p, expected: e.seen, amount: n}]);
    }
    return true;
  }

  // ---- talking to the server ---------------------------------------------------------------
  var queue = Promise.resolve();

  function call(method, path, body) {
    return fetch(api + path, {
      method: method,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'Content-Type': 'application/json', 'Accept-Language': lang},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (json === null && r.ok && text) {
          throw {status: 0, message: t('unexpected')};
        }
        if (!r.ok) {
          throw {status: r.status, message: json && json.message ? json.message : t('unexpected')};
        }
        return json;
      });
    });
  }

  /** Writes changes in one PUT, after any save still under way; shows them at once. */
  function save(changes, done) {
    var aids = {};
    changes.forEach(function (c) {
      setAmount(c.activityId, c.accountId, c.period, c.amount);
      aids[c.activityId] = true;
    });
    refreshSums(Object.keys(aids).map(Number));
    mark(changes, 'saving', true);
    say(t('saving'));
    queue = queue.then(function () {
      return call('PUT', '/cells?source=grid', changes).then(function (written) {
        written.forEach(function (c) { setAmount(c[0], c[1], c[2], c[3]); });
        mark(changes, 'saved');
        say(done ? done(written.length) : changes.length === 1 ? t('saved') : t('savedCells', written.length));
      }, function (err) {
        return rollBack(changes, aids, err);
      });
    });
    return queue;
  }

  function rollBack(changes, aids, err) {
    changes.forEach(function (c) { setAmount(c.activityId, c.accountId, c.period, c.expected); });
    mark(changes, 'failed', true);
    if (err.status !== 409) {
      refreshSums(Object.keys(aids).map(Number));
      fail(err.message);
      return null;
    }
    // someone else changed a figure: show what the server holds now for the rows involved
    var rows = {};
    changes.forEach(function (c) { rows[c.activityId + ':' + c.accountId] = c; });
    return Promise.all(Object.keys(rows).map(function (k) {
      var c = rows[k];
      return call('GET', '/cells?activity=' + c.activityId + '&account=' + c.accountId).then(function (cells) {
        values[k] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        for (var p = 1; p <= 12; p++) { setAmount(c.activityId, c.accountId, p, 0); }
        cells.forEach(function (x) { setAmount(x[0], x[1], x[2], x[3]); });
      });
    })).then(function () {
      refreshSums(Object.keys(aids).map(Number));
      var stale = changes.filter(function (c) { return amount(c.activityId, c.accountId, c.period) !== c.expected; });
      mark(changes, null);
      mark(stale.length ? stale : changes, 'failed', true);
      var first = stale[0] || changes[0];
      fail(err.message + ' ' + t('conflictNow', fmt(amount(first.activityId, first.accountId, first.period))));
    }, function () {
      fail(err.message);
    });
  }

  function clearSelection() {
    if (!editable) { fail(t('readOnly')); return; }
    var s = selection();
    var changes = [];
    s.rows.forEach(function (n) {
      for (var c = s.c1; c <= s.c2; c++) {
        var seen = amount(n.aid, n.kid, c);
        if (seen !== 0) {
          changes.push({activityId: n.aid, accountId: n.kid, period: c, expected: seen, amount: 0});
        }
      }
    });
    if (changes.length) { save(changes); }
  }

  /** A block copied from Excel: tab-separated columns, one line per row, from the active cell. */
  function paste(text) {
    if (!editable) { fail(t('readOnly')); return; }
    var n = current();
    if (!n || n.g) { fail(t('selectCell')); return; }
    var lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    var targets = [];
    for (var r = pos.r; r < nav.length && targets.length < lines.length; r++) {
      if (!nav[r].g) { targets.push(nav[r]); }
    }
    var width = Math.max.apply(null, lines.map(function (l) { return l.split('\t').length; }));
    if (targets.length < lines.length || pos.c + width - 1 > 12) {
      fail(t('pasteTooBig'));
      return;
    }
    var changes = [];
    for (var i = 0; i < lines.length; i++) {
      var parts = lines[i].split('\t');
      for (var j = 0; j < parts.length; j++) {
        var amt = parseAmount(parts[j]);
        if (amt === null) { fail(t('invalid', parts[j])); return; }
        var p = pos.c + j;
        var seen = amount(targets[i].aid, targets[i].kid, p);
        if (amt !== seen) {
          changes.push({activityId: targets[i].aid, accountId: targets[i].kid, period: p, expected: seen, amount: amt});
        }
      }
    }
    if (changes.length) {
      save(changes, function (count) { return t('pasted', count); });
    }
  }

  function copyText() {
    var s = selection();
    return s.rows.map(function (n) {
      var parts = [];
      for (var c = s.c1; c <= s.c2; c++) { parts.push(String(amount(n.aid, n.kid, c))); }
      return parts.join('\t');
    }).join('\n');
  }

  // ---- keyboard and mouse ------------------------------------------------------------------
  table.addEventListener('keydown', function (e) {
    if (e.target !== table) { return; }
    var n = current();
    var k = e.key;
    if (e.altKey && (k === 'h' || k === 'H' || e.code === 'KeyH')) { e.preventDefault(); showHistory(); return; }
    if (e.altKey && (k === 'k' || k === 'K' || e.code === 'KeyK')) { e.preventDefault(); openComments(); return; }
    if (k === 'ArrowDown') { move(1, 0, e.shiftKey); } else if (k === 'ArrowUp') { move(-1, 0, e.shiftKey); }
    else if (k === 'ArrowRight') { move(0, 1, e.shiftKey); } else if (k === 'ArrowLeft') { move(0, -1, e.shiftKey); }
    else if (k === 'PageDown') { move(10, 0, e.shiftKey); } else if (k === 'PageUp') { move(-10, 0, e.shiftKey); }
    else if (k === 'Home') { if (e.ctrlKey) { move(-nav.length, 0); } pos.c = 1; show(); }
    else if (k === 'End') { if (e.ctrlKey) { move(nav.length, 0); } pos.c = YEAR; show(); }
    else if (k === 'Tab') {
      if ((e.shiftKey && pos.c === 1) || (!e.shiftKey && pos.c === YEAR)) { return; }
      move(0, e.shiftKey ? -1 : 1);
    } else if ((k === 'Enter' || k === ' ') && n && n.g) { toggle(n.aid); }
    else if (k === 'Enter') { if (pos.c === YEAR && editable) { openSpread(); } else { move(e.shiftKey ? -1 : 1, 0); } }
    else if (k === 'F2') { startEdit(); }
    else if (k === 'Delete' || k === 'Backspace') { if (n && !n.g) { clearSelection(); } }
    else if (k === 'Escape') { anchor = null; show(); return; }
    else if (k.length === 1 && k !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) { if (n && !n.g) { startEdit(k); } }
    else { return; }
    e.preventDefault();
  });

  editor.addEventListener('keydown', function (e) {
    var k = e.key;
    if (k === 'Escape') { e.preventDefault(); stopEdit(); return; }
    var step = k === 'Enter' ? [e.shiftKey ? -1 : 1, 0] : k === 'Tab' ? [0, e.shiftKey ? -1 : 1]
        : k === 'ArrowDown' ? [1, 0] : k === 'ArrowUp' ? [-1, 0] : null;
    if (!step) { return; }
    e.preventDefault();
    if (commit()) {
      move(step[0], step[1]);
    }
  });
  editor.addEventListener('blur', function () {
    if (editing && !commit()) { stopEdit(); }
  });

  document.addEventListener('paste', function (e) {
    var inEditor = document.activeElement === editor;
    if (document.activeElement !== table && e.target !== table && !inEditor) { return; }
    var text = (e.clipboardData || window.clipboardData).getData('text/plain') || '';
    if (inEditor && !/[\t\n]/.test(text.replace(/\n+$/, ''))) { return; }
    e.preventDefault();
    if (inEditor) { stopEdit(); }
    paste(text);
  });
  document.addEventListener('copy', function (e) {
    if (document.activeElement !== table || !current() || current().g) { return; }
    e.clipboardData.setData('text/plain', copyText());
    e.preventDefault();
  });

  table.addEventListener('click', function (e) {
    var tr = e.target.closest('tr');
    var tb = tr && tr.closest('tbody');
    var aid = tb && Number(tb.getAttribute('data-a'));
    var kid = tr && tr.hasAttribute('data-k') ? Number(tr.getAttribute('data-k')) : null;
    var r = nav.findIndex(function (n) {
      return n.aid === aid && (tr.hasAttribute('data-g') ? n.g : !n.g && n.kid === kid);
    });
    if (r < 0) { return; }
    if (nav[r].g) { pos.r = r; toggle(nav[r].aid); table.focus(); return; }
    var td = e.target.closest('td');
    if (!td) { return; }
    anchor = e.shiftKey ? (anchor || {r: pos.r, c: pos.c}) : null;
    pos.r = r;
    pos.c = td.cellIndex;
    show();
    table.focus();
  });
  table.addEventListener('dblclick', function (e) {
    if (e.target.closest('td')) { startEdit(); }
  });

  document.getElementById('expandAll').addEventListener('click', function () {
    activities.forEach(function (a) { expanded[a.id] = true; });
    draw();
  });
  document.getElementById('collapseAll').addEventListener('click', function () {
    expanded = {};
    pos.r = 0;
    draw();
  });

  // ---- history -----------------------------------------------------------------------------
  var historyDialog = document.getElementById('historyDialog');
  document.getElementById('historyButton').addEventListener('click', showHistory);

  function showHistory() {
    var n = current();
    if (!n || n.g || pos.c === YEAR) { fail(t('selectCell')); return; }
    var p = pos.c;
    call('GET', '/cells/history?activity=' + n.aid + '&account=' + n.kid + '&period=' + p).then(function (entries) {
      document.getElementById('historyCell').textContent = label(n, p);
      var body = historyDialog.querySelector('tbody');
      body.innerHTML = entries.map(function (h) {
        return '<tr><td>' + esc(when(h.at)) + '</td><td>' + esc(h.actor) + '</td><td>' + esc(num(h.oldValue))
            + '</td><td>' + esc(num(h.newValue)) + '</td><td>' + esc(t('path.' + h.path)) + '</td></tr>';
      }).join('');
      document.getElementById('historyTable').hidden = entries.length === 0;
      document.getElementById('historyEmpty').hidden = entries.length > 0;
      historyDialog.showModal();
    }, function (err) { fail(err.message); });
  }
  historyDialog.addEventListener('close', function () { table.focus(); });

  function num(v) { return v === null || v === undefined || v === '' ? '–' : isNaN(Number(v)) ? v : fmt(Number(v)); }
  function when(iso) {
    var d = new Date(iso);
    var two = function (x) { return (x < 10 ? '0' : '') + x; };
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  // ---- comments ----------------------------------------------------------------------------
  var panel = document.getElementById('commentPanel');
  document.getElementById('commentButton').addEventListener('click', openComments);
  document.getElementById('commentClose').addEventListener('click', function () { panel.hidden = true; table.focus(); });

  function openComments() {
    panel.hidden = false;
    drawComments();
    updateCommentTarget();
    document.getElementById('commentText').focus();
  }

  function target() {
    var kind = panel.querySelector('input[name=target]:checked').value;
    var n = current();
    if (kind === 'plan' || !n || n.g) { return {kind: 'plan'}; }
    if (kind === 'row' || pos.c === YEAR) { return {kind: 'row', activityId: n.aid, accountId: n.kid}; }
    return {kind: 'cell', activityId: n.aid, accountId: n.kid, period: pos.c};
  }

  function targetLabel(c) {
    if (c.activityId === null || c.activityId === undefined) { return t('commentOn.plan'); }
    var act = activities.filter(function (a) { return a.id === c.activityId; })[0];
    var acc = accountById[c.accountId];
    var name = (act ? act.code : c.activityId) + ' · ' + (acc ? acc.number + ' ' + acc.name : c.accountId);
    return c.period ? t('commentOn.cell', name + ' · ' + t('month.' + c.period)) : t('commentOn.row', name);
  }

  function updateCommentTarget() {
    if (panel.hidden) { return; }
    document.getElementById('commentTarget').textContent = targetLabel(target());
  }
  panel.addEventListener('change', updateCommentTarget);

  function drawComments() {
    var list = document.getElementById('commentList');
    list.innerHTML = comments.length === 0 ? '<li class="muted">' + esc(t('noComments')) + '</li>'
        : comments.map(function (c) {
          return '<li><div class="comment-target">' + esc(targetLabel(c)) + '</div><div class="pre">' + esc(c.text)
              + '</div><div class="muted">' + esc(c.author) + ', ' + esc(when(c.writtenAt)) + '</div></li>';
        }).join('');
  }

  function markComments() {
    comments.forEach(function (c) {
      if (c.activityId === null || c.activityId === undefined) { return; }
      var td = tdOf(c.activityId, c.accountId, c.period || 0);
      if (td) {
        td.classList.add('has-comment');
        td.title = c.text;
      }
    });
  }

  document.getElementById('commentForm').addEventListener('submit', function (e) {
    e.preventDefault();
    var tg = target();
    var text = document.getElementById('commentText').value;
    call('POST', '/comments', {activityId: tg.activityId, accountId: tg.accountId, period: tg.period, text: text})
        .then(function (c) {
          comments.push(c);
          document.getElementById('commentText').value = '';
          drawComments();
          markComments();
          say(t('commentAdded'));
        }, function (err) { fail(err.message); });
  });

  // ---- spreading a year total --------------------------------------------------------------
  var spreadDialog = document.getElementById('spreadDialog');
  var weights = document.getElementById('spreadWeights');
  (function () {
    var h = '<legend>' + weights.querySelector('legend').innerHTML + '</legend>';
    for (var p = 1; p <= 12; p++) {
      h += '<label>' + esc(t('month.' + p)) + ' <input type="text" inputmode="decimal" value="1" size="4" data-p="' + p
          + '" aria-label="' + esc(t('weight', t('month.' + p))) + '"/></label>';
    }
    weights.innerHTML = h;
  })();
  var spreading = null;

  function openSpread(initial) {
    var n = current();
    if (!n || n.g || !editable) { fail(t('readOnly')); return; }
    spreading = {aid: n.aid, kid: n.kid};
    document.getElementById('spreadRow').textContent = label(n, YEAR);
    document.getElementById('spreadError').textContent = '';
    var total = document.getElementById('spreadTotal');
    total.value = initial !== undefined ? initial : String(sum(row(n.aid, n.kid)));
    spreadDialog.showModal();
    total.focus();
    if (initial !== undefined) { total.setSelectionRange(total.value.length, total.value.length); }
  }

  spreadDialog.addEventListener('change', function () {
    weights.hidden = spreadDialog.querySelector('input[name=spreadKind]:checked').value !== 'CUSTOM';
  });
  document.getElementById('spreadCancel').addEventListener('click', function () { spreadDialog.close(); });
  spreadDialog.addEventListener('close', function () { table.focus(); });

  document.getElementById('spreadForm').addEventListener('submit', function (e) {
    e.preventDefault();
    var total = parseAmount(document.getElementById('spreadTotal').value);
    var err = document.getElementById('spreadError');
    if (total === null) { err.textContent = t('invalid', document.getElementById('spreadTotal').value); return; }
    var kind = spreadDialog.querySelector('input[name=spreadKind]:checked').value;
    var w = Array.prototype.map.call(weights.querySelectorAll('input'), function (i) {
      return Number(String(i.value).replace(',', '.').replace(/\s/g, ''));
    });
    var s = spreading;
    call('POST', '/spread', {activityId: s.aid, accountId: s.kid, total: total, kind: kind, weights: kind === 'CUSTOM' ? w : null})
        .then(function (written) {
          written.forEach(function (c) { setAmount(c[0], c[1], c[2], c[3]); });
          refreshSums([s.aid]);
          mark(written.map(function (c) { return {activityId: c[0], accountId: c[1], period: c[2]}; }), 'saved');
          spreadDialog.close();
          say(t('spreadDone'));
        }, function (x) { err.textContent = x.message; });
  });

  // ---- starting from a copy ----------------------------------------------------------------
  var copyDialog = document.getElementById('copyDialog');
  if (copyDialog) {
    document.getElementById('copyButton').addEventListener('click', function () {
      document.getElementById('copyError').textContent = '';
      copyDialog.showModal();
    });
    document.getElementById('copyCancel').addEventListener('click', function () { copyDialog.close(); });
    document.getElementById('copyForm').addEventListener('submit', function (e) {
      e.preventDefault();
      var chosen = document.getElementById('copySource').value;
      var request = chosen === 'actuals' ? call('POST', '/forecast-proposal')
        : call('POST', '/copy', {sourceRoundId: Number(chosen)});
      request.then(function (result) {
        copyDialog.close();
        return fetchGrid().then(function () { say(t('copyDone', result.changed)); });
      }, function (x) { document.getElementById('copyError').textContent = x.message; });
    });
  }

  // ---- start -------------------------------------------------------------------------------
  function fetchGrid() {
    return call('GET', '/grid').then(function (data) {
      load(data);
      if (Object.keys(expanded).length === 0) {
        activities.forEach(function (a) { expanded[a.id] = true; });
      }
      draw();
    });
  }

  fetchGrid().then(function () {
    table.setAttribute('aria-busy', 'false');
    table.setAttribute('data-ready', 'true');
    window.planGridReady = true;
    if (window.performance && performance.mark) { performance.mark('plan-grid-ready'); }
  }, function (err) {
    table.setAttribute('aria-busy', 'false');
    fail(err.message || t('unexpected'));
  });

  /** For tests and the benchmark: the amount the grid holds for a cell. */
  window.planGrid = {
    amount: amount,
    parseAmount: parseAmount,
    figures: function () {
      return Object.keys(values).reduce(function (n, k) {
        return n + values[k].filter(function (v) { return v !== 0; }).length;
      }, 0);
    }
  };
})();
