// Checks the chosen file's type and size before the upload (the API checks again), lets a PDF be dropped on the box,
// and says that the upload is under way. It sends the form itself, so when the service refuses the upload (busy, too
// large, not a PDF) its message appears under the field while the chosen file stays chosen. The form works the same
// without this script (then the browser shows the server's page, and the file must be chosen again).
(() => {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("file");
  const zone = document.getElementById("drop-zone");
  const error = document.getElementById("file-client-error");
  const status = document.getElementById("upload-status");
  const maxBytes = Number(form.dataset.maxBytes);
  const field = input.closest(".field");
  let describedBy = input.getAttribute("aria-describedby") || "";

  const problem = (file) => {
    if (!file) return "Choose a PDF file to upload.";
    const looksPdf = file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");
    if (!looksPdf) return `“${file.name}” is not a PDF. Choose a file that ends in .pdf.`;
    if (file.size === 0) return `“${file.name}” is empty.`;
    if (file.size > maxBytes) return `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`;
    return null;
  };

  const show = (message) => {
    error.hidden = !message;
    error.textContent = message ? `Error: ${message}` : "";
    field.classList.toggle("field-invalid", !!message);
    input.setAttribute("aria-invalid", message ? "true" : "false");
    input.setAttribute("aria-describedby", message ? `${describedBy} file-client-error`.trim() : describedBy);
  };

  input.addEventListener("change", () => show(input.files.length ? problem(input.files[0]) : null));

  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("drag-over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("drag-over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("drag-over");
    if (e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      input.dispatchEvent(new Event("change"));
    }
  });

  form.addEventListener("submit", (e) => {
    const message = problem(input.files[0]);
    show(message);
    if (message) {
      e.preventDefault();
      input.focus();
      return;
    }
    e.preventDefault();
    status.textContent = "Uploading… the job page opens when the upload is done.";
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    send(new FormData(form)).finally(() => { button.disabled = false; });
  });

  // Posts the form (the antiforgery token is its first field, as MultipartAntiforgery needs) and either follows the
  // redirect to the job page or shows the server's errors in place.
  const send = async (data) => {
    let response;
    try {
      response = await fetch(form.action || location.href, { method: "POST", body: data });
    } catch {
      status.textContent = "";
      show("The upload did not reach the service. Check the connection and try again; your file is still chosen.");
      input.focus();
      return;
    }

    if (response.ok && response.redirected && new URL(response.url).pathname.startsWith("/jobs/")) {
      location.assign(response.url);
      return;
    }

    status.textContent = "";
    const answer = new DOMParser().parseFromString(await response.text(), "text/html");
    if (!answer.getElementById("upload-form")) {
      const wait = response.headers.get("Retry-After");
      show(`The service did not take the upload (${response.status} ${response.statusText}). Try again${wait ? ` in ${wait} s` : ""}.`);
      input.focus();
      return;
    }

    showServerErrors(answer);
  };

  // Takes the error parts, field states and descriptions from the server's page; the controls (and the file) stay.
  const showServerErrors = (answer) => {
    show(null);
    document.querySelectorAll("[data-error-slot]").forEach((slot) => {
      const fresh = answer.getElementById(slot.id);
      slot.innerHTML = fresh ? fresh.innerHTML : "";
    });
    const fields = form.querySelectorAll(".field");
    const freshFields = answer.querySelectorAll("#upload-form .field");
    fields.forEach((f, i) => {
      if (!freshFields[i]) return;
      f.className = freshFields[i].className;
      if (f.matches("fieldset")) copy(freshFields[i], f, "aria-describedby");
    });
    form.querySelectorAll("input[id]").forEach((control) => {
      const fresh = answer.getElementById(control.id);
      if (!fresh) return;
      copy(fresh, control, "aria-invalid");
      copy(fresh, control, "aria-describedby");
    });
    describedBy = input.getAttribute("aria-describedby") || "";
    const summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  };

  const copy = (from, to, name) => {
    if (from.hasAttribute(name)) to.setAttribute(name, from.getAttribute(name));
    else to.removeAttribute(name);
  };

  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
