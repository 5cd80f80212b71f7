// The agent view: the ticket's survey answer and its assignment group's (and agent's) last 90 days, with the 95 %
// interval, from the core's getTicketExperience through the XLoop API.
(() => {
  var root = document.getElementById('xloop-agent-view');
  var number = root.getAttribute('data-ticket');
  document.getElementById('xloop-ticket').textContent = number;
  var escape = (text) => {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  };
  var happiness = (h) => {
    if (!h) return '<p class="muted">No answers.</p>';
    if (h.kind !== 'scored')
      return '<p class="muted">Not enough answers yet (' + h.n + ' of ' + h.minimum + ').</p>';
    return (
      '<p><span class="figure">' +
      Math.round(h.value) +
      '</span> happiness (95 % interval ' +
      Math.round(h.ci95[0]) +
      ' to ' +
      Math.round(h.ci95[1]) +
      ', ' +
      h.n +
      ' answers)</p>'
    );
  };
  var request = new XMLHttpRequest();
  request.open('POST', '/api/x_xloop/xloop/call/getTicketExperience');
  request.setRequestHeader('Content-Type', 'application/json');
  request.setRequestHeader('X-UserToken', window.g_ck);
  request.onload = () => {
    var body = JSON.parse(request.responseText || '{}');
    var result = body.result || body;
    if (request.status !== 200) {
      document.getElementById('xloop-response').innerHTML =
        '<p>' + escape(result.error && result.error.message) + '</p>';
      return;
    }
    var experience = result.value;
    var answer = experience.responses[experience.responses.length - 1];
    document.getElementById('xloop-response').innerHTML = answer
      ? '<h2>Requester’s answer</h2><p><span class="figure">' +
        answer.score +
        '</span> / 10</p>' +
        (answer.factors.length ? '<p>' + answer.factors.map(escape).join(', ') + '</p>' : '') +
        (answer.comment ? '<blockquote>' + escape(answer.comment) + '</blockquote>' : '')
      : '<p class="muted">' +
        (experience.surveys.length ? 'Surveyed, no answer yet.' : 'Not surveyed.') +
        '</p>';
    document.getElementById('xloop-team').innerHTML = experience.team
      ? '<h2>' +
        escape(experience.team.name) +
        ', last 90 days</h2>' +
        happiness(experience.team.scorecard.happiness)
      : '';
    document.getElementById('xloop-agent').innerHTML = experience.agent
      ? '<h2>Agent, last 90 days</h2>' + happiness(experience.agent.scorecard.happiness)
      : '';
  };
  request.send(JSON.stringify({ ticketId: 'servicenow:' + number }));
})();
