import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAxisNumber } from '../metric-format.util';
import type { EngagementsConversionsPoint } from '../series.util';

/** One line per measure, each on its own y-axis: organic on the left, paid on the right. */
const LINES = [
  {
    dataKey: 'engagements',
    name: 'Organic engagements',
    color: '#2563eb',
    side: 'left',
    angle: -90,
    position: 'insideLeft',
  },
  {
    dataKey: 'conversions',
    name: 'Paid conversions',
    color: '#d97706',
    side: 'right',
    angle: 90,
    position: 'insideRight',
  },
] as const;

export function EngagementsConversionsChart({ points }: { points: EngagementsConversionsPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#e5e7eb" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
        {LINES.map((line) => (
          <YAxis
            key={line.dataKey}
            yAxisId={line.dataKey}
            orientation={line.side}
            tickFormatter={(value: number) => formatAxisNumber(value)}
            stroke={line.color}
            tick={{ fontSize: 12 }}
            label={{ value: line.name, angle: line.angle, position: line.position, fill: line.color, fontSize: 12 }}
          />
        ))}
        <Tooltip />
        <Legend />
        {LINES.map((line) => (
          <Line
            key={line.dataKey}
            yAxisId={line.dataKey}
            type="monotone"
            dataKey={line.dataKey}
            name={line.name}
            stroke={line.color}
            strokeWidth={2}
            dot={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
