// Checks the chosen file's type and size before the upload (the API checks again), lets a PDF be dropped on the box,
// and says that the upload is under way. The form works the same without this script.
(() => {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("file");
  const zone = document.getElementById("drop-zone");
  const error = document.getElementById("file-client-error");
  const status = document.getElementById("upload-status");
  const maxBytes = Number(form.dataset.maxBytes);
  const field = input.closest(".field");
  const describedBy = input.getAttribute("aria-describedby") || "";

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
    status.textContent = "Uploading… the job page opens when the upload is done.";
    form.querySelector("button[type=submit]").disabled = true;
  });

  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
