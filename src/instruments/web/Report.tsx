/**
 * An instrument's report (the domain's ReportModel): summary, an SVG chart with its text
 * alternative and a real data table, the uncertainty, sections, « À discuter avec votre
 * consultant·e », the consultant's notes (consultant only) and the provenance.
 * The chart is decorative for assistive technologies beyond its one-sentence description:
 * the table below carries every figure.
 */
import type { ChartSpec, ReportModel } from '../domain/report-model.ts';
import { TableRegion } from '../../ui/TableRegion.tsx';
import { axisTicks, wrapLabel } from './chart-scale.ts';

const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

function Hexagon({ chart }: { chart: ChartSpec }) {
  const size = 320;
  const c = size / 2;
  const radius = 110;
  const n = chart.points.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, r: number) => [c + r * Math.cos(angle(i)), c + r * Math.sin(angle(i))] as const;
  const scaled = (v: number) => (radius * (v - chart.min)) / (chart.max - chart.min);
  const ring = (r: number) => chart.points.map((_, i) => at(i, r).join(',')).join(' ');
  const shape = chart.points.map((p, i) => at(i, Math.max(0, scaled(p.value))).join(',')).join(' ');
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      role="img"
      aria-labelledby="graphique-titre graphique-description"
      className="chart"
    >
      <title id="graphique-titre">{chart.title}</title>
      <desc id="graphique-description">{chart.description}</desc>
      {[0.25, 0.5, 0.75, 1].map((f) => (
        <polygon key={f} points={ring(radius * f)} fill="none" stroke="#8a8a8a" strokeWidth="1" />
      ))}
      {chart.points.map((_, i) => {
        const [x, y] = at(i, radius);
        return <line key={i} x1={c} y1={c} x2={x} y2={y} stroke="#8a8a8a" strokeWidth="1" />;
      })}
      <polygon points={shape} fill="rgba(0, 83, 179, 0.25)" stroke="#0053b3" strokeWidth="2.5" />
      {chart.points.map((p, i) => {
        const [x, y] = at(i, radius + 26);
        return (
          <text key={p.id} x={x} y={y} textAnchor="middle" dominantBaseline="middle" fontSize="13" fill="#1e1e1e">
            {p.id} {fr.format(p.value)}
          </text>
        );
      })}
    </svg>
  );
}

function Bars({ chart }: { chart: ChartSpec }) {
  const width = 600;
  const labelWidth = 200;
  const rowHeight = 40;
  const plot = width - labelWidth - 60;
  // Room on the left of the axis for the value of a bar that goes below zero.
  const pad = chart.min < 0 ? 40 : 10;
  const x = (v: number) => labelWidth + pad + ((plot - pad + 10) * (v - chart.min)) / (chart.max - chart.min || 1);
  const format = chart.min < 0 ? signed : fr;
  // Bars start at zero when the axis crosses it (scores centred on a mean), else at the axis start.
  const origin = Math.min(Math.max(0, chart.min), chart.max);
  const legend = chart.series ? 24 : 0;
  const height = chart.points.length * rowHeight + 30 + legend;
  const ticks = axisTicks(chart.min, chart.max);
  const bar = (value: number, y: number, h: number, fill: string) => {
    const from = x(origin);
    const to = x(value);
    return <rect x={Math.min(from, to)} y={y} width={Math.max(2, Math.abs(to - from))} height={h} fill={fill} />;
  };
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
      role="img"
      aria-labelledby="graphique-titre graphique-description"
      className="chart"
    >
      <title id="graphique-titre">{chart.title}</title>
      <desc id="graphique-description">{chart.description}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={x(t)}
            x2={x(t)}
            y1={0}
            y2={height - 24 - legend}
            stroke={t === origin && origin !== chart.min ? '#1e1e1e' : '#c8c8c8'}
          />
          <text x={x(t)} y={height - 8 - legend} textAnchor="middle" fontSize="12" fill="#1e1e1e">
            {format.format(t)}
          </text>
        </g>
      ))}
      {chart.series ? (
        <g fontSize="12" fill="#1e1e1e">
          <rect x={labelWidth} y={height - 20} width={12} height={10} fill="#0053b3" />
          <text x={labelWidth + 16} y={height - 11}>
            {chart.series[0]}
          </text>
          <rect x={labelWidth + 150} y={height - 20} width={12} height={10} fill="#b34700" />
          <text x={labelWidth + 166} y={height - 11}>
            {chart.series[1]}
          </text>
        </g>
      ) : null}
      {chart.points.map((p, i) => {
        const y = i * rowHeight + 8;
        const lines = wrapLabel(p.label);
        const end =
          p.value < origin ? Math.min(x(p.value), x(p.low ?? p.value)) : Math.max(x(p.value), x(p.high ?? p.value));
        const left = p.value < origin;
        return (
          <g key={p.id}>
            <text x={0} y={lines.length > 1 ? y + 9 : y + 16} fontSize="13" fill="#1e1e1e">
              {lines.map((line, k) => (
                <tspan key={k} x={0} dy={k === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
            {bar(p.value, y + 4, p.secondary !== undefined || chart.series ? 10 : 18, '#0053b3')}
            {p.secondary !== undefined ? bar(p.secondary, y + 16, 10, '#b34700') : null}
            {p.low !== undefined && p.high !== undefined ? (
              <g stroke="#1e1e1e" strokeWidth="2">
                <line x1={x(p.low)} x2={x(p.high)} y1={y + 13} y2={y + 13} />
                <line x1={x(p.low)} x2={x(p.low)} y1={y + 6} y2={y + 20} />
                <line x1={x(p.high)} x2={x(p.high)} y1={y + 6} y2={y + 20} />
              </g>
            ) : null}
            <text
              x={left ? end - 6 : Math.min(width - 4, end + 6)}
              y={y + 17}
              fontSize="12"
              fill="#1e1e1e"
              textAnchor={left || end + 40 > width ? 'end' : 'start'}
            >
              {format.format(p.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ReportView({
  report,
  debrief,
  audience,
}: {
  report: ReportModel;
  debrief: string | null;
  audience: 'beneficiary' | 'consultant';
}) {
  return (
    <article className="report" aria-labelledby="rapport-titre">
      <h2 id="rapport-titre">{report.title}</h2>
      {report.summary.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {report.chart ? (
        <figure className="chart-figure">
          {report.chart.kind === 'hexagon' ? <Hexagon chart={report.chart} /> : <Bars chart={report.chart} />}
          <figcaption>{report.chart.description} Le détail figure dans le tableau ci-dessous.</figcaption>
        </figure>
      ) : null}
      {report.dataTable ? (
        <TableRegion label={report.dataTable.caption}>
          <table>
            <caption>{report.dataTable.caption}</caption>
            <thead>
              <tr>
                {report.dataTable.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.dataTable.rows.map((row, i) => (
                <tr key={i}>
                  {report.dataTable!.columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row">
                        {row[c.key]}
                      </th>
                    ) : (
                      <td key={c.key}>{row[c.key]}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {report.uncertainty.length > 0 ? (
        <section aria-labelledby="rapport-precision">
          <h3 id="rapport-precision">Précision des résultats</h3>
          <ul>
            {report.uncertainty.map((u, i) => (
              <li key={i}>{u}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.sections
        .filter((s) => s.paragraphs.length > 0)
        .map((s) => (
          <section key={s.id} aria-labelledby={`rapport-${s.id}`}>
            <h3 id={`rapport-${s.id}`}>{s.title}</h3>
            {s.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        ))}
      <section aria-labelledby="rapport-discussion">
        <h3 id="rapport-discussion">{report.discussion.heading}</h3>
        <ul>
          {report.discussion.prompts.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
      {audience === 'consultant' && report.consultantNotes.length > 0 ? (
        <section aria-labelledby="rapport-notes">
          <h3 id="rapport-notes">Points d’attention pour la restitution</h3>
          <ul>
            {report.consultantNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {audience === 'beneficiary' ? (
        <section aria-labelledby="rapport-restitution">
          <h3 id="rapport-restitution">Notes de votre consultant·e</h3>
          {debrief ? (
            <p className="answer-text">{debrief}</p>
          ) : (
            <p>Votre consultant·e ajoutera ses notes après la séance de restitution.</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="rapport-source">
        <h3 id="rapport-source">Source du questionnaire</h3>
        <ul className="provenance">
          {report.provenance.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
