// The figures every bench module reports: the median of repeated runs, rounded to a tenth.
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
export const round = (value) => Math.round(value * 10) / 10
