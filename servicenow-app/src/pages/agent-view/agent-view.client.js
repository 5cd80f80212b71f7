// The agent view: the ticket's survey answer and its assignment group's (and agent's) last 90 days, with the 95 %
// interval, from the core's getTicketExperience through the XLoop API. Every word comes from GET /text, in the
// agent's language. ES5, as the parser check in the tests holds it.
(function () {
  var root = document.getElementById('xloop-agent-view');
  var number = root.getAttribute('data-ticket');
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
        document.getElementById('xloop-response').innerHTML =
          '<p role="alert">' + escape((result.error && result.error.message) || t('ui.failed')) + '</p>';
        return;
      }
      done(result.value);
    };
    request.send(payload === null ? null : JSON.stringify(payload));
  }
  function happiness(h) {
    if (!h) return '<p class="muted">' + escape(t('agent.noAnswers')) + '</p>';
    if (h.kind !== 'scored')
      return (
        '<p class="muted">' +
        escape(t('notEnoughAnswers')) +
        ' (' +
        escape(t('agent.notEnough', { n: h.n, minimum: h.minimum })) +
        ')</p>'
      );
    return (
      '<p><span class="figure">' +
      Math.round(h.value) +
      '</span> ' +
      escape(t('agent.happiness', { low: Math.round(h.ci95[0]), high: Math.round(h.ci95[1]), n: h.n })) +
      '</p>'
    );
  }
  function show(experience) {
    var answer = experience.responses[experience.responses.length - 1];
    var factors = answer
      ? answer.factors.map(function (id) {
          return escape(text['factor.' + id] || id);
        })
      : [];
    document.getElementById('xloop-response').innerHTML = answer
      ? '<h2>' +
        escape(t('agent.answer')) +
        '</h2><p><span class="figure">' +
        escape(t('agent.score', { score: answer.score })) +
        '</span></p>' +
        (factors.length ? '<p>' + factors.join(', ') + '</p>' : '') +
        (answer.comment ? '<blockquote>' + escape(answer.comment) + '</blockquote>' : '')
      : '<p class="muted">' +
        escape(experience.surveys.length ? t('agent.surveyed') : t('agent.notSurveyed')) +
        '</p>';
    document.getElementById('xloop-team').innerHTML = experience.team
      ? '<h2>' +
        escape(t('agent.team', { team: experience.team.name })) +
        '</h2>' +
        happiness(experience.team.scorecard.happiness)
      : '';
    document.getElementById('xloop-agent').innerHTML = experience.agent
      ? '<h2>' + escape(t('agent.agent')) + '</h2>' + happiness(experience.agent.scorecard.happiness)
      : '';
  }
  send('GET', '/api/x_xloop/xloop/text', null, function (value) {
    text = value.text;
    document.documentElement.lang = value.locale;
    document.getElementById('xloop-title').textContent = t('agent.title', { ticket: number });
    document.getElementById('xloop-response').innerHTML =
      '<p class="muted">' + escape(t('ui.loading')) + '</p>';
    send('POST', '/api/x_xloop/xloop/call/getTicketExperience', { ticketId: 'servicenow:' + number }, show);
  });
})();
