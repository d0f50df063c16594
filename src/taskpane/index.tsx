/** Entry of the task pane bundle: renders at once, whether or not Office ever becomes ready. */
import { createRoot } from "react-dom/client";
import { App } from "./app";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
createRoot(container).render(<App />);
