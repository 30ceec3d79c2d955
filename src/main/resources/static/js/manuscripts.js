// A PDF chosen on the manuscripts page is sent as its own body (Haven takes no multipart), with the form's CSRF token;
// a refusal is said on the page, in the problem's own words.
(function () {
    'use strict';
    var form = document.getElementById('submit-form');
    var file = document.getElementById('manuscript-file');
    if (!form || !file) {
        return;
    }
    form.addEventListener('submit', function (event) {
        if (!file.files.length) {
            return;
        }
        event.preventDefault();
        var chosen = file.files[0];
        var token = form.querySelector('input[name="_csrf"]').value;
        var title = encodeURIComponent(document.getElementById('manuscript-title').value);
        fetch(file.dataset.upload + '?title=' + title, {
            method: 'POST',
            headers: { 'Content-Type': chosen.type || 'application/octet-stream', 'X-CSRF-TOKEN': token },
            body: chosen,
            credentials: 'same-origin'
        }).then(function (response) {
            if (response.ok) {
                window.location.href = response.url;
                return;
            }
            return response.json().then(function (problem) {
                var alert = document.createElement('p');
                alert.className = 'error';
                alert.setAttribute('role', 'alert');
                alert.textContent = 'Refused, nothing was kept: ' + (problem.detail || problem.title);
                form.parentNode.insertBefore(alert, form);
            });
        });
    });
}());
