import type { Scenario } from '../scenarios/schema';

// manifest.json of a results folder (run --out, compare --out): declared once, written by the
// CLI and read by the report generator.

export type RunStatus = 'running' | 'complete' | 'interrupted' | 'failed';

/** How a run's arms were made: one scenario under each package (`run`, `compare --policies`), or whole scenario files (`compare --scenarios`). */
export const ARM_KINDS = ['packages', 'scenarios'] as const;
export type ArmKind = (typeof ARM_KINDS)[number];

/** Where a command ran. Recorded beside results so a reader can tell; results do not depend on it. */
export interface HostEnvironment {
  /** The folder the command ran in, which the files it names are relative to. */
  readonly cwd: string;
  /** The Node.js version. */
  readonly node: string;
  /** Such as `linux-x64`. */
  readonly platform: string;
  /**
   * The git commit the CLI was built from (`git rev-parse HEAD` when `node build.mjs` ran, with
   * `-dirty` when tracked files had uncommitted changes), since many commits share a version.
   * Absent when built outside a git checkout, and in folders written by 0.19.0 or before.
   */
  readonly commit?: string;
}

/**
 * How a session ended: as a run does, or `killed` (since 0.42.0): killed outright (SIGKILL, a crash, its node lost) while
 * it ran, said by the `--resume` that took the folder over. 0.41.0 left such a session `running`, with `endedAt: null`.
 */
export type SessionStatus = RunStatus | 'killed';

/** One command's part in writing a results folder: the run's, then each `--resume` that continued it. */
export interface RunSession {
  readonly cfsim: string;
  readonly command: string;
  /** Where and on what it ran (its `cwd` is what its command's paths are relative to); absent where the manifest did not record it. */
  readonly environment?: HostEnvironment;
  readonly threads: number;
  readonly startedAt: string;
  /** Null while it runs, and for a killed session, whose end is not known. */
  readonly endedAt: string | null;
  readonly status: SessionStatus;
  /**
   * A killed session only, where the resume that took the folder over found the lock it left (since 0.42.0): when that
   * lock was last touched (ISO time; it is touched every half minute while the command runs). The session still ran
   * then, and was killed after it, before the next session began.
   */
  readonly lastHeartbeatAt?: string;
  /** Replications finished before this command began (0 for the first). */
  readonly completedRepsBefore: number;
  /** Replications finished when it ended (or so far, while it runs); for a killed session, those its checkpoint holds. */
  readonly completedReps: number;
}

export interface Manifest {
  readonly cfsim: string;
  readonly command: string;
  /**
   * Where the command ran: the working directory (which a scenario file named in `command`
   * is relative to), the Node.js version and the platform. Absent in folders written before 0.7.0.
   * Results do not depend on the Node.js version (20, 22 and 24 give the same bytes).
   */
  readonly environment?: HostEnvironment;
  /** Every resolved scenario, one per arm (package or scenario file), in the run's order; the first is the baseline. */
  readonly scenarios: readonly Scenario[];
  /**
   * What the arms are: `packages` (one scenario under each package) or `scenarios` (`compare
   * --scenarios`: one scenario file each, labelled in `policy.name`). Absent in folders written
   * before 2026-11-30, whose arms are packages.
   */
  readonly arms?: ArmKind;
  /**
   * `compare --scenarios` only: the package each arm's file builds on (its `base.policy`, or
   * `status-quo`), whose id the arm's label replaced in its policy's `name`, so that outputs can
   * say which levers the file changed from it. Absent for packages' arms, and in folders written
   * by 0.14.0 or before.
   */
  readonly basedOn?: readonly string[];
  /**
   * The `--set` assignments, with `--days` as `days`, that every arm was resolved with, as
   * [path, value] pairs in the order given (the values parsed). Absent without any, and in folders
   * written by 0.19.0 or before (whose `command` holds them).
   */
  readonly set?: readonly (readonly [string, unknown])[];
  readonly seed: number;
  /** Replications requested. */
  readonly reps: number;
  /** Replications folded into the outputs (all of them unless the run was stopped). */
  readonly completedReps: number;
  readonly days: number;
  readonly threads: number;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly status: RunStatus;
  /**
   * Since 0.35.0, only in a folder a `--resume` continued: every command that wrote it, the first
   * (whose command, environment, start and version `command`, `environment`, `startedAt` and `cfsim` give) then each resume.
   * `threads` above is the last one's; results do not depend on threads.
   */
  readonly sessions?: readonly RunSession[];
}

/** The arms of a results folder: `packages` unless its manifest says otherwise. */
export function armKind(manifest: Pick<Manifest, 'arms'>): ArmKind {
  return manifest.arms ?? 'packages';
}
