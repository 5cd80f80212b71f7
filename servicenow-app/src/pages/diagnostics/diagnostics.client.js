// The diagnostics page: runs the self-check through the XLoop administration API and shows each check; its button
// sends the admin a test invitation through the path real invitations take. The checks arrive in the admin's
// language; the page's own words come from GET /text. ES5, as the tests hold it.
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
  function send(method, url, done) {
    var request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-UserToken', window.g_ck);
    request.onload = function () {
      var body = JSON.parse(request.responseText || '{}');
      var result = body.result || body;
      if (request.status !== 200) {
        document.getElementById('xloop-error').textContent =
          (result.error && result.error.message) || t('diag.couldNotRun');
        return;
      }
      done(result.value);
    };
    request.send(null);
  }
  function rows(checks) {
    return (
      '<tr><th>' +
      escape(t('diag.check')) +
      '</th><th>' +
      escape(t('diag.result')) +
      '</th><th>' +
      escape(t('diag.found')) +
      '</th><th>' +
      escape(t('diag.fix')) +
      '</th></tr>' +
      checks
        .map(function (check) {
          return (
            '<tr><td>' +
            escape(check.title) +
            '</td><td class="' +
            (check.ok ? 'pass">' + escape(t('diag.pass')) : 'fail">' + escape(t('diag.fail'))) +
            '</td><td>' +
            escape(check.detail) +
            '</td><td>' +
            escape(check.fix || '') +
            '</td></tr>'
          );
        })
        .join('')
    );
  }
  send('GET', '/api/x_xloop/xloop/text', function (value) {
    text = value.text;
    document.documentElement.lang = value.locale;
    var labelled = document.querySelectorAll('[data-text]');
    for (var n = 0; n < labelled.length; n++)
      labelled[n].textContent = t(labelled[n].getAttribute('data-text'));
    document.getElementById('xloop-checks').innerHTML =
      '<tr><td class="muted">' + escape(t('diag.checking')) + '</td></tr>';
    send('GET', '/api/x_xloop/xloop_admin/diagnostics', function (checks) {
      document.getElementById('xloop-checks').innerHTML = rows(checks);
    });
    document.getElementById('xloop-test-invitation').onclick = function () {
      document.getElementById('xloop-invitation').innerHTML =
        '<tr><td class="muted">' + escape(t('diag.sending')) + '</td></tr>';
      send('POST', '/api/x_xloop/xloop_admin/diagnostics/test-invitation', function (check) {
        document.getElementById('xloop-invitation').innerHTML = rows([check]);
      });
    };
  });
})();
