/**
 * Shows a model card's HTML inside the page: parsed with DOMParser, its <body> children adopted
 * into a container. The page's CSP allows no inline styles or scripts, so those are dropped.
 */

/** Replaces `container`'s children with the body of the model card `html`. */
export function applyModelCard(container: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.body.querySelectorAll('script, style, link, iframe, object, embed').forEach((node) => {
    node.remove();
  });
  parsed.body.querySelectorAll('*').forEach((element) => {
    element.removeAttribute('style');
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
    }
  });
  const nodes = [...parsed.body.childNodes].map((node) => document.adoptNode(node));
  container.replaceChildren(...nodes);
}

/** Hands `html` to the browser as a download named `fileName`. */
export function applyHtmlDownload(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
