// The admin's settings page: the core's settings (getSettings), the same policy preview as the Jira app's admin page
// and saving (saveSettings, which checks them as the core does). The preview runs in the background: POST
// /xloop_admin/preview answers a run id at once, and the page polls its progress (percent, ticket events looked at)
// until the result is there. Every word comes from GET /text, in the admin's language. ES5, as the tests hold it.
(function () {
  var POLL_MS = 1000;
  var status = document.getElementById('xloop-status');
  var progress = document.getElementById('xloop-progress');
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
  function problem(message, details) {
    status.innerHTML =
      '<p class="error" role="alert">' +
      escape(message) +
      '</p>' +
      (details && details.length
        ? '<ul>' +
          details
            .map(function (d) {
              return '<li>' + escape(d.message) + '</li>';
            })
            .join('') +
          '</ul>'
        : '');
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
      if (request.status !== 200 && request.status !== 202) {
        var error = result.error || {};
        progress.hidden = true;
        problem(error.message || t('ui.failed'), error.details);
        return;
      }
      done(result.value);
    };
    request.send(payload === null ? null : JSON.stringify(payload));
  }
  function edited() {
    try {
      return JSON.parse(document.getElementById('xloop-settings').value);
    } catch (e) {
      problem(t('settings.notJson', { error: e.message }));
      return undefined;
    }
  }
  var RESULT_KEYS = ['tickets', 'events', 'sent', 'suppressed', 'reminded', 'expired', 'cancelled'];
  function showResult(preview) {
    progress.hidden = true;
    status.textContent =
      t('settings.result', { days: preview.days }) + (preview.truncated ? ' ' + t('settings.truncated') : '');
    document.getElementById('xloop-preview-result').innerHTML = RESULT_KEYS.filter(function (key) {
      return typeof preview[key] === 'number';
    })
      .map(function (key) {
        return '<tr><th>' + escape(t('preview.' + key)) + '</th><td>' + escape(preview[key]) + '</td></tr>';
      })
      .join('');
  }
  function poll(id) {
    send('GET', '/api/x_xloop/xloop_admin/preview/' + encodeURIComponent(id), null, function (run) {
      if (run.state === 'done') return showResult(run.result);
      if (run.state === 'failed') {
        progress.hidden = true;
        return problem(t('settings.previewFailed', { error: run.error || '' }));
      }
      progress.value = run.percent;
      status.textContent = t('settings.progress', { percent: run.percent, examined: run.examined });
      window.setTimeout(function () {
        poll(id);
      }, POLL_MS);
    });
  }
  function start() {
    send('POST', '/api/x_xloop/xloop/call/getSettings', {}, function (settings) {
      document.getElementById('xloop-settings').value = JSON.stringify(settings, null, 2);
    });
    document.getElementById('xloop-preview').onclick = function () {
      var settings = edited();
      if (settings === undefined) return;
      document.getElementById('xloop-preview-result').innerHTML = '';
      status.textContent = t('settings.starting');
      progress.value = 0;
      progress.hidden = false;
      send('POST', '/api/x_xloop/xloop_admin/preview', { settings: settings, days: 30 }, function (run) {
        poll(run.id);
      });
    };
    document.getElementById('xloop-save').onclick = function () {
      var settings = edited();
      if (settings === undefined) return;
      send('POST', '/api/x_xloop/xloop/call/saveSettings', { settings: settings }, function () {
        status.textContent = t('settings.saved');
      });
    };
  }
  send('GET', '/api/x_xloop/xloop/text', null, function (value) {
    text = value.text;
    document.documentElement.lang = value.locale;
    var labelled = document.querySelectorAll('[data-text]');
    for (var n = 0; n < labelled.length; n++)
      labelled[n].textContent = t(labelled[n].getAttribute('data-text'));
    start();
  });
})();
