api.controller = function ($http) {
  // ES5, as widget client scripts are checked. The questions, factors and languages are the core's instrument,
  // served with the survey by the XLoop API; the answer goes back as the core reads it (score, factors, lostTime,
  // comment), and the core's refusals come back as messages.
  var c = this;
  // The requester route: open to external (portal-only) requesters too, for the requester's own calls only.
  var base = '/api/x_xloop/xloop/requester/';
  var headers = { 'X-UserToken': window.g_ck, 'Content-Type': 'application/json' };
  var bandOf = function (score) {
    return score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
  };
  var valueOf = function (response) {
    // A scripted REST body comes wrapped in `result`.
    var body = response.data || {};
    return body.result || body;
  };
  c.ticketId = c.data.ticketId;
  c.scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  c.answer = { factors: [] };
  c.loading = true;
  // What the widget says before the instrument's own texts arrive with a survey, or when there is none.
  var fallback = {
    'survey.title': 'How did we do?',
    'survey.none': 'There is no survey for this ticket.'
  };
  c.text = function (key) {
    return (c.survey && c.survey.instrument.texts[key]) || fallback[key] || '';
  };
  c.band = function () {
    return bandOf(c.answer.score);
  };
  c.pick = function (score) {
    // Factors belong to a score band: moving to another band starts them afresh.
    if (c.answer.score !== undefined && bandOf(c.answer.score) !== bandOf(score)) c.answer.factors = [];
    c.answer.score = score;
  };
  // The scores are one radio group: one tab stop (the chosen score, or 0), arrow keys move the choice.
  c.tabIndex = function (score) {
    var current = c.answer.score === undefined ? 0 : c.answer.score;
    return score === current ? 0 : -1;
  };
  c.keydown = function (event, score) {
    var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    var next =
      event.key === 'Home' ? 0 : event.key === 'End' ? 10 : step === undefined ? undefined : score + step;
    if (next === undefined) return;
    event.preventDefault();
    next = (next + 11) % 11;
    c.pick(next);
    var buttons = event.currentTarget.parentNode.querySelectorAll('[role=radio]');
    if (buttons[next]) buttons[next].focus();
  };
  c.toggle = function (id) {
    var at = c.answer.factors.indexOf(id);
    if (at >= 0) c.answer.factors.splice(at, 1);
    else c.answer.factors.push(id);
  };
  c.submit = function () {
    c.saving = true;
    c.errors = [];
    var answer = { score: c.answer.score, factors: c.answer.factors };
    if (c.answer.lostTime) answer.lostTime = c.answer.lostTime;
    if (c.answer.comment) answer.comment = c.answer.comment;
    $http
      .post(base + 'submitMyResponse', { surveyId: c.survey.surveyId, answer: answer }, { headers: headers })
      .then(
        function () {
          c.saved = true;
        },
        function (failure) {
          var error = valueOf(failure).error || {};
          c.errors = error.details && error.details.length ? error.details : [{ message: error.message }];
        }
      )
      .finally(function () {
        c.saving = false;
      });
  };
  if (!c.ticketId) return;
  $http.post(base + 'getMyTicketSurvey', { ticketId: c.ticketId }, { headers: headers }).then(
    function (response) {
      c.survey = valueOf(response).value;
      var previous = c.survey && c.survey.response;
      if (previous)
        c.answer = {
          score: previous.score,
          factors: previous.factors || [],
          lostTime: previous.lostTimeOption,
          comment: previous.comment
        };
      c.loading = false;
    },
    function () {
      c.loading = false;
    }
  );
};
