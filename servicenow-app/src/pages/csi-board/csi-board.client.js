// The CSI page: ranked opportunities (getOpportunities) and the improvement register (listInitiatives,
// createInitiative with a frozen baseline), through the XLoop API with the signed-in manager's roles. Every word
// comes from GET /text, in the manager's language; factor names are the core's own. ES5, as the tests hold it.
(function () {
  var text = {};
  function t(key, params) {
    return (text[key] || key).replace(/\{(\w+)\}/g, function (whole, name) {
      return params && params[name] !== undefined ? String(params[name]) : whole;
    });
  }
  function escape(value) {
    var div = document.createElement('div');
    div.textContent = value == null ? '' : String(value);
    return div.innerHTML;
  }
  function send(method, url, payload, done) {
    var request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('X-UserToken', window.g_ck);
    request.onload = function () {
      var body = JSON.parse(request.responseText || '{}');
      var result = body.result || body;
      if (request.status !== 200) {
        document.getElementById('xloop-error').textContent =
          (result.error && result.error.message) || t('ui.failed');
        return;
      }
      done(result.value);
    };
    request.send(payload === null ? null : JSON.stringify(payload));
  }
  function call(name, payload, done) {
    send('POST', '/api/x_xloop/xloop/call/' + name, payload, done);
  }
  function segmentText(segment) {
    return Object.keys(segment)
      .map(function (k) {
        return t('dimension.' + k) + ': ' + segment[k];
      })
      .join(', ');
  }
  function heading(keys) {
    return (
      '<tr>' +
      keys
        .map(function (key) {
          return '<th>' + (key ? escape(t(key)) : '') + '</th>';
        })
        .join('') +
      '</tr>'
    );
  }
  function showInitiatives() {
    call('listInitiatives', {}, function (initiatives) {
      document.getElementById('xloop-initiatives').innerHTML = initiatives.length
        ? heading(['csi.initiative', 'csi.segment', 'csi.status', 'csi.expected', 'csi.improvement']) +
          initiatives
            .map(function (i) {
              return (
                '<tr><td>' +
                escape(i.title) +
                '</td><td>' +
                escape(segmentText(i.segment)) +
                '</td><td>' +
                escape(t('status.' + i.status)) +
                '</td><td>' +
                Math.round(i.expected.recoverableHoursPerMonth) +
                '</td><td>' +
                escape(i.externalKey || '') +
                '</td></tr>'
              );
            })
            .join('')
        : '<tr><td class="muted">' + escape(t('csi.noInitiatives')) + '</td></tr>';
    });
  }
  // Why a segment ranks: the factors cited there more than overall, by the core's factor names.
  function drivers(o) {
    return o.drivers
      .map(function (d) {
        return (text['factor.' + d.factor] || d.factor) + (d.lift ? ' ×' + d.lift.toFixed(1) : '');
      })
      .join(', ');
  }
  function showOpportunities(opportunities) {
    var table = document.getElementById('xloop-opportunities');
    if (!opportunities.length) {
      table.innerHTML = '<tr><td class="muted">' + escape(t('csi.none')) + '</td></tr>';
      return;
    }
    table.innerHTML =
      heading(['', 'csi.segment', 'csi.hours', 'csi.happiness', 'csi.why', '']) +
      opportunities
        .map(function (o, i) {
          return (
            '<tr><td>' +
            o.rank +
            '</td><td>' +
            escape(segmentText(o.segment)) +
            '</td><td>' +
            o.recoverableHoursPerMonth.toFixed(1) +
            '</td><td>' +
            Math.round(o.happiness.value) +
            ' (' +
            Math.round(o.happiness.ci95[0]) +
            '…' +
            Math.round(o.happiness.ci95[1]) +
            ')</td><td>' +
            escape(drivers(o)) +
            '</td><td><button type="button" data-index="' +
            i +
            '">' +
            escape(t('csi.start')) +
            '</button></td></tr>'
          );
        })
        .join('');
    table.onclick = function (event) {
      var index = event.target.getAttribute && event.target.getAttribute('data-index');
      if (index === null || index === undefined) return;
      var o = opportunities[Number(index)];
      var title = window.prompt(
        t('csi.titlePrompt'),
        t('csi.defaultTitle', { segment: segmentText(o.segment) })
      );
      if (!title) return;
      var id = 'i-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 8);
      call(
        'createInitiative',
        { id: id, title: title, hypothesis: o.explanation, opportunityKey: o.key },
        showInitiatives
      );
    };
  }
  send('GET', '/api/x_xloop/xloop/text', null, function (value) {
    text = value.text;
    document.documentElement.lang = value.locale;
    var labelled = document.querySelectorAll('[data-text]');
    for (var n = 0; n < labelled.length; n++)
      labelled[n].textContent = t(labelled[n].getAttribute('data-text'));
    call('getOpportunities', {}, showOpportunities);
    showInitiatives();
  });
})();
