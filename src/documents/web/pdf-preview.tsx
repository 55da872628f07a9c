/**
 * A PDF shown in the page, beside what one does with it (decision 037): pdf.js, loaded only when a
 * preview is on screen, draws each page on a canvas at the width of its column (sharp on dense
 * screens, redrawn when the column changes width) with its text layer on top, so the text can be
 * selected, searched and read by assistive technologies. The worker is a file of our own build:
 * nothing is fetched from elsewhere. Our Typst PDFs embed their fonts, so pdf.js needs neither
 * standard fonts nor character maps. If anything fails, the person is told so in French and keeps
 * the download link.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import './pdf-preview.css';

type PdfJs = typeof PdfJsModule;

let pdfJs: Promise<PdfJs> | null = null;

/** pdf.js and its worker, from our own bundle, loaded once and only when a preview is shown. */
function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerSrc = worker.default;
      return lib;
    },
    (error: unknown) => {
      pdfJs = null; // a failed chunk download may succeed on the next preview
      throw error;
    },
  );
  return pdfJs;
}

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; document: PDFDocumentProxy };

const pagesLabel = (count: number) => (count === 1 ? '1 page' : `${count} pages`);

/** One page: the canvas (drawn, hidden from assistive technologies) and the text layer over it. */
function PdfPage({
  lib,
  document,
  number,
  count,
  width,
  onFailed,
}: {
  lib: PdfJs;
  document: PDFDocumentProxy;
  number: number;
  count: number;
  width: number;
  onFailed: () => void;
}) {
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState<PDFPageProxy | null>(null);
  const [ratio, setRatio] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    document.getPage(number).then(
      (p) => {
        if (!live) return;
        const viewport = p.getViewport({ scale: 1 });
        setRatio(viewport.height / viewport.width);
        setPage(p);
      },
      () => live && onFailed(),
    );
    return () => {
      live = false;
    };
  }, [document, number, onFailed]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const text = textRef.current;
    const holder = pageRef.current;
    if (!page || !canvas || !text || !holder || width <= 0) return;
    let task: RenderTask | null = null;
    let textLayer: InstanceType<PdfJs['TextLayer']> | null = null;
    let live = true;
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const dpr = window.devicePixelRatio || 1;
    // A canvas in device pixels, shown at the column's width in CSS pixels.
    canvas.width = Math.floor(viewport.width * dpr);
    canvas.height = Math.floor(viewport.height * dpr);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    holder.style.setProperty('--total-scale-factor', String(viewport.scale));
    task = page.render({ canvas, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
    task.promise.catch((error: unknown) => {
      if (live && !(error instanceof lib.RenderingCancelledException)) onFailed();
    });
    page.getTextContent().then(
      (content) => {
        if (!live) return;
        text.replaceChildren();
        textLayer = new lib.TextLayer({ textContentSource: content, container: text, viewport });
        textLayer.render().catch(() => undefined);
      },
      () => undefined, // the picture still shows; only selection is lost
    );
    return () => {
      live = false;
      task?.cancel();
      textLayer?.cancel();
    };
  }, [lib, page, width, onFailed]);

  return (
    <div
      ref={pageRef}
      className="pdf-page"
      role="group"
      aria-label={`Page ${number} sur ${count}`}
      style={ratio && width > 0 ? { width, height: Math.floor(width * ratio) } : undefined}
    >
      <canvas ref={canvasRef} aria-hidden="true" />
      <div ref={textRef} className="textLayer" />
    </div>
  );
}

/**
 * The document's pages in the page, with its page count and « Télécharger le PDF ». `url` is one
 * of our API's PDF addresses (the session cookie goes with it; a signature link's token is in it).
 */
export function PdfPreview({ url, title }: { url: string; title: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [lib, setLib] = useState<PdfJs | null>(null);
  const [width, setWidth] = useState(0);
  const pagesRef = useRef<HTMLDivElement>(null);
  const failed = useRef(() => setState({ status: 'error' })).current;

  useEffect(() => {
    let live = true;
    let loaded: PDFDocumentProxy | null = null;
    setState({ status: 'loading' });
    (async () => {
      const [pdfjs, bytes] = await Promise.all([
        loadPdfJs(),
        fetch(url, { credentials: 'same-origin' }).then((response) => {
          if (!response.ok) throw new Error(`PDF answered ${response.status}`);
          return response.arrayBuffer();
        }),
      ]);
      // No script from the file ever runs (pdf.js runs none without its viewer's sandbox), no eval.
      const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
      loaded = document;
      if (!live) return void document.destroy();
      setLib(pdfjs);
      setState({ status: 'ready', document });
    })().catch(() => live && setState({ status: 'error' }));
    return () => {
      live = false;
      void loaded?.destroy();
    };
  }, [url]);

  // The pages follow the width of their column (resize, rotation, zoom), redrawn once it settles.
  useEffect(() => {
    const element = pagesRef.current;
    if (!element || state.status !== 'ready') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const style = getComputedStyle(element);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      setWidth(Math.max(0, Math.floor(element.clientWidth - padding)));
    };
    measure();
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, 120);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [state.status]);

  const download = (
    <a href={url} download>
      Télécharger le PDF<span className="visually-hidden"> : {title}</span>
    </a>
  );
  let body: ReactNode;
  if (state.status === 'error')
    body = (
      <div role="alert" className="notice notice-error">
        <p>L’aperçu de ce document n’a pas pu s’afficher. Téléchargez-le pour le lire : {download}.</p>
      </div>
    );
  else if (state.status === 'loading' || !lib)
    body = (
      <p role="status" className="loading">
        Chargement de l’aperçu du document…
      </p>
    );
  else {
    const count = state.document.numPages;
    body = (
      <>
        <p className="pdf-preview-meta">
          <span>{pagesLabel(count)}</span> {download}
        </p>
        <div ref={pagesRef} className="pdf-pages">
          {Array.from({ length: count }, (_, i) => (
            <PdfPage
              key={i}
              lib={lib}
              document={state.document}
              number={i + 1}
              count={count}
              width={width}
              onFailed={failed}
            />
          ))}
        </div>
      </>
    );
  }
  return (
    <section className="pdf-preview" aria-label={`Aperçu : ${title}`}>
      {body}
    </section>
  );
}

/**
 * A document and what one does with it: the preview on the left and the panel on the right (kept
 * in view while the pages scroll) on a wide screen; on a phone, the panel comes after the pages,
 * reached at once by « Aller à la signature ».
 */
export function DocumentWithPanel({
  preview,
  panel,
  panelId,
  skipLabel = 'Aller à la signature',
}: {
  preview: ReactNode;
  panel: ReactNode;
  panelId: string;
  skipLabel?: string;
}) {
  return (
    <div className="document-with-panel">
      <p className="document-skip">
        <a href={`#${panelId}`}>{skipLabel}</a>
      </p>
      <div className="document-preview-column">{preview}</div>
      <div className="document-panel-column" id={panelId} tabIndex={-1}>
        {panel}
      </div>
    </div>
  );
}
