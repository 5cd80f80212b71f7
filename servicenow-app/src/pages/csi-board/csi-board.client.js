// The CSI page: ranked opportunities (getOpportunities) and the improvement register (listInitiatives,
// createInitiative with a frozen baseline), through the XLoop API with the signed-in manager's roles.
(() => {
  var escape = (text) => {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  };
  var call = (name, payload, done) => {
    var request = new XMLHttpRequest();
    request.open('POST', '/api/x_xloop/xloop/call/' + name);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('X-UserToken', window.g_ck);
    request.onload = () => {
      var body = JSON.parse(request.responseText || '{}');
      var result = body.result || body;
      if (request.status !== 200) {
        document.getElementById('xloop-error').textContent =
          (result.error && result.error.message) || 'Failed.';
        return;
      }
      done(result.value);
    };
    request.send(JSON.stringify(payload || {}));
  };
  var segmentText = (segment) =>
    Object.keys(segment)
      .map((k) => k + ': ' + segment[k])
      .join(', ');
  var showInitiatives = () => {
    call('listInitiatives', {}, (initiatives) => {
      document.getElementById('xloop-initiatives').innerHTML =
        '<tr><th>Initiative</th><th>Segment</th><th>Status</th><th>Expected hours / month</th><th>Improvement</th></tr>' +
        initiatives
          .map(
            (i) =>
              '<tr><td>' +
              escape(i.title) +
              '</td><td>' +
              escape(segmentText(i.segment)) +
              '</td><td>' +
              escape(i.status) +
              '</td><td>' +
              Math.round(i.expected.recoverableHoursPerMonth) +
              '</td><td>' +
              escape(i.externalKey || '') +
              '</td></tr>',
          )
          .join('');
    });
  };
  call('getOpportunities', {}, (opportunities) => {
    var table = document.getElementById('xloop-opportunities');
    table.innerHTML =
      '<tr><th>#</th><th>Segment</th><th>Recoverable hours / month</th><th>Happiness (95 %)</th><th>Why</th><th></th></tr>' +
      opportunities
        .map(
          (o, i) =>
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
            escape(o.explanation) +
            '</td><td><button data-index="' +
            i +
            '">Start initiative</button></td></tr>',
        )
        .join('');
    table.onclick = (event) => {
      var index = event.target.getAttribute && event.target.getAttribute('data-index');
      if (index === null || index === undefined) return;
      var o = opportunities[Number(index)];
      var title = window.prompt('Initiative title', 'Improve ' + segmentText(o.segment));
      if (!title) return;
      var id = 'i-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 8);
      call(
        'createInitiative',
        { id: id, title: title, hypothesis: o.explanation, opportunityKey: o.key },
        showInitiatives,
      );
    };
  });
  showInitiatives();
})();
