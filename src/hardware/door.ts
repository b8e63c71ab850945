// The door and its strike: installed handing (which way the motor must turn to throw the bolt),
// open or closed, strike plate aligned or not (seed S15–S17).

export const HANDINGS = ['left', 'right'] as const;
export type Handing = (typeof HANDINGS)[number];

export interface DoorSnapshot {
  handing: Handing;
  open: boolean;
  strikeAligned: boolean;
}

export class Door {
  constructor(
    public handing: Handing = 'right',
    public open = false,
    public strikeAligned = true,
  ) {}

  snapshot(): DoorSnapshot {
    return { handing: this.handing, open: this.open, strikeAligned: this.strikeAligned };
  }

  restore(s: DoorSnapshot): void {
    this.handing = s.handing;
    this.open = s.open;
    this.strikeAligned = s.strikeAligned;
  }
}
