/**
 * Shows a model card's HTML inside the page: parsed into an inert <template>, its body's content
 * imported into a container. The page's CSP allows no inline styles or scripts, so those are
 * dropped. (A DOMParser document inherits the page's CSP and would report its <style> as a
 * violation; a template's content is not connected to a document, so nothing is applied.)
 */
import { saveBlob } from '../../save-file';

/** Replaces `container`'s children with the body of the model card `html`. */
export function applyModelCard(container: HTMLElement, html: string): void {
  const template = document.createElement('template');
  // The fragment parser drops <html>, <head> and <body>; their children stay.
  template.innerHTML = html;
  const content = template.content;
  content
    .querySelectorAll('script, style, link, meta, title, base, iframe, object, embed')
    .forEach((node) => {
      node.remove();
    });
  content.querySelectorAll('*').forEach((element) => {
    element.removeAttribute('style');
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
    }
  });
  container.replaceChildren(document.importNode(content, true));
}

/** Hands `html` to the browser as a download named `fileName`. */
export function applyHtmlDownload(html: string, fileName: string): void {
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), fileName);
}
