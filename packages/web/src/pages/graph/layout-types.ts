/** A box to place, and the links that shape the layout (consumer → provider). */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export type Positions = Map<string, { x: number; y: number }>;
