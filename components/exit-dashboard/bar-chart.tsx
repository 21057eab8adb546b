"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartBar = { label: string; value: number | null };

// Colours are CSS variables set by the dashboard for light and dark mode (see chart-colours.ts).
const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = { backgroundColor: "var(--chart-surface)", border: "1px solid var(--chart-grid)", color: "var(--chart-text)" };

/**
 * Bars of counts or shares; a hidden value (fewer than k people) is drawn as no bar, and its label
 * says so in the data table beside the chart.
 */
export function ExitBarChart({
  bars,
  layout = "vertical",
  colour = "var(--chart-1)",
  unit = "",
}: {
  bars: ChartBar[];
  layout?: "vertical" | "horizontal";
  colour?: string;
  unit?: string;
}) {
  const data = bars.map((b) => ({ label: b.label, value: b.value ?? 0 }));
  const horizontal = layout === "horizontal";
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
      >
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={tick} stroke="currentColor" allowDecimals={false} unit={unit} />
            <YAxis type="category" dataKey="label" tick={tick} stroke="currentColor" width={140} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} stroke="currentColor" />
            <YAxis tick={tick} stroke="currentColor" allowDecimals={false} unit={unit} />
          </>
        )}
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "var(--chart-grid)", opacity: 0.4 }} />
        <Bar dataKey="value" name="Value" isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={d.label} fill={bars[i]!.value == null ? "transparent" : colour} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
