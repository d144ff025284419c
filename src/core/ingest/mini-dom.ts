/**
 * The few DOM members our HTML reading uses, typed locally: core compiles without DOM typings (it also runs
 * in Node), and linkedom's own types refer to the DOM lib. linkedom and Readability provide the behaviour.
 */

export interface MiniNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<MiniNode>
}

export interface MiniElement extends MiniNode {
  readonly tagName: string
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): ArrayLike<MiniElement>
  querySelector(selector: string): MiniElement | null
  remove(): void
}

export interface MiniDocument {
  readonly title: string
  readonly body: MiniElement | null
  readonly documentElement: MiniElement | null
  querySelectorAll(selector: string): ArrayLike<MiniElement>
  querySelector(selector: string): MiniElement | null
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
