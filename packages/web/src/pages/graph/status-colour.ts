/** Edge colours by integration status (the legend says which is which). */
export const statusColour: Record<string, string> = {
  compatible: '#1a7f37',
  incompatible: '#cf222e',
  unknown: '#8c959f',
};
