// The diagnostics page: runs the self-check through the XLoop administration API and shows each check.
(function () {
  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }
  var request = new XMLHttpRequest();
  request.open('GET', '/api/x_xloop/xloop_admin/diagnostics');
  request.setRequestHeader('Accept', 'application/json');
  request.setRequestHeader('X-UserToken', window.g_ck);
  request.onload = function () {
    var body = JSON.parse(request.responseText || '{}');
    var result = body.result || body;
    if (request.status !== 200) {
      document.getElementById('xloop-error').textContent =
        (result.error && result.error.message) || 'The diagnostics could not run.';
      return;
    }
    document.getElementById('xloop-checks').innerHTML =
      '<tr><th>Check</th><th>Result</th><th>Found</th><th>To fix</th></tr>' +
      result.value
        .map(function (check) {
          return (
            '<tr><td>' +
            escape(check.title) +
            '</td><td class="' +
            (check.ok ? 'pass">Pass' : 'fail">Fail') +
            '</td><td>' +
            escape(check.detail) +
            '</td><td>' +
            escape(check.fix || '') +
            '</td></tr>'
          );
        })
        .join('');
  };
  request.send();
})();
