// Live progress on the job page. The page is rendered with the current status and is correct without this script.
// With it: the live-progress stream (EventSource on a stream token) when the server offers one, otherwise polling the
// status endpoint every few seconds. Stage changes are announced politely in #job-live; when the job finishes, the
// page's details are re-rendered from the server (results, downloads, errors).
(() => {
  const details = document.getElementById("job-details");
  if (!details || details.dataset.terminal === "true") return;
  const jobId = details.dataset.jobId;
  const live = document.getElementById("job-live");
  const pollMs = 2000;
  const terminal = ["completed", "failed", "denied", "cancelled"];
  const words = {
    submitted: "Submitted", pii_scanning: "Checking for personal data", awaiting_approval: "Waiting for a reviewer",
    processing: "Converting", completed: "Completed", failed: "Failed", denied: "Denied by a reviewer", cancelled: "Cancelled",
  };
  const el = (id) => document.getElementById(id);
  let status = details.dataset.status;
  let stage = el("job-stage-text").textContent.trim();
  let finished = false;

  const announce = (text) => { live.textContent = text; };

  const update = (event) => {
    if (event.progress !== undefined && event.progress !== null) {
      el("job-progress").value = event.progress;
      el("job-progress").textContent = `${event.progress} %`;
      el("job-progress-text").textContent = `${event.progress} %`;
    }
    if (event.queue_position !== undefined) {
      const queued = event.queue_position !== null;
      el("job-queue-term").hidden = !queued;
      el("job-queue-text").hidden = !queued;
      el("job-queue-text").textContent = queued ? event.queue_position : "";
    }
    const newStatus = event.status || status;
    const newStage = event.stage ? event.stage.replaceAll("_", " ") : stage;
    if (newStatus !== status || newStage !== stage) {
      status = newStatus;
      stage = newStage;
      const badge = el("job-status-text");
      badge.textContent = words[status] || status;
      badge.className = `badge badge-${status}`;
      el("job-stage-text").textContent = stage;
      announce(`${words[status] || status}: ${stage}`);
    }
    if (terminal.includes(status)) finish();
  };

  const finish = async () => {
    if (finished) return;
    finished = true;
    try {
      const response = await fetch(location.href, { headers: { Accept: "text/html" } });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById("job-details");
      if (fresh) details.replaceWith(fresh);
      document.title = page.title;
    } finally {
      announce(`${words[status] || status}. The page now shows the result.`);
    }
  };

  const poll = () => {
    const tick = async () => {
      if (finished) return;
      try {
        const response = await fetch(`/api/v1/documents/${jobId}`, { headers: { Accept: "application/json" } });
        if (response.ok) update(await response.json());
      } catch { /* the next tick tries again */ }
      if (!finished) setTimeout(tick, pollMs);
    };
    setTimeout(tick, pollMs);
  };

  const stream = async () => {
    const response = await fetch(`/api/v1/documents/${jobId}/stream/token`, { method: "POST", headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`stream token: ${response.status}`);
    const { stream_url: url } = await response.json();
    const source = new EventSource(url);
    const on = (name, handler) => source.addEventListener(name, (e) => handler(JSON.parse(e.data)));
    on("status", update);
    on("progress", update);
    on("page", (e) => { el("job-progress-text").textContent = `page ${e.page} of ${e.pages_total}`; });
    on("done", (e) => { source.close(); update({ status: e.status }); });
    source.onerror = () => {
      // EventSource reconnects by itself (with Last-Event-ID); once it gives up, fall back to polling.
      if (source.readyState === EventSource.CLOSED && !finished) poll();
    };
  };

  details.dataset.live = "on";
  stream().catch(poll);
})();
