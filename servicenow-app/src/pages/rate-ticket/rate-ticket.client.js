api.controller = function ($http) {
  var base = '/api/x_xloop/xloop/call/';
  var headers = { 'X-UserToken': window.g_ck, 'Content-Type': 'application/json' };
  this.ticketId = this.data.ticketId;
  this.scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  this.answer = { factors: [] };
  this.loading = true;
  this.text = (key) => (this.survey && this.survey.instrument.texts[key]) || '';
  this.band = () => (this.answer.score >= 9 ? 'positive' : this.answer.score >= 7 ? 'neutral' : 'negative');
  this.pick = (score) => {
    if (
      this.answer.score !== undefined &&
      this.band() !== (score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative')
    )
      this.answer.factors = [];
    this.answer.score = score;
  };
  this.toggle = (id) => {
    var at = this.answer.factors.indexOf(id);
    if (at >= 0) this.answer.factors.splice(at, 1);
    else this.answer.factors.push(id);
  };
  this.submit = () => {
    this.saving = true;
    this.errors = [];
    var answer = { score: this.answer.score, factors: this.answer.factors };
    if (this.answer.lostTimeOption) answer.lostTimeOption = this.answer.lostTimeOption;
    if (this.answer.comment) answer.comment = this.answer.comment;
    $http
      .post(
        base + 'submitMyResponse',
        { surveyId: this.survey.surveyId, answer: answer },
        { headers: headers },
      )
      .then(
        () => {
          this.saved = true;
        },
        (failure) => {
          var error = (failure.data && failure.data.error) || {};
          this.errors = error.details && error.details.length ? error.details : [{ message: error.message }];
        },
      )
      .finally(() => {
        this.saving = false;
      });
  };
  if (!this.ticketId) return;
  $http.post(base + 'getMyTicketSurvey', { ticketId: this.ticketId }, { headers: headers }).then(
    (answer) => {
      this.survey = answer.data.result ? answer.data.result.value : answer.data.value;
      var previous = this.survey && this.survey.response;
      if (previous)
        this.answer = {
          score: previous.score,
          factors: previous.factors || [],
          lostTimeOption: previous.lostTimeOption,
          comment: previous.comment,
        };
      this.loading = false;
    },
    () => {
      this.loading = false;
    },
  );
};
