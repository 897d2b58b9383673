import type { HighlightPart, SelectionEnd } from '../content/highlight-anchor';

const BLOCK = '.marked-text[data-part]';

/** The highlightable paragraph a boundary of a range falls in, and its offset in that text. */
function endAt(
	node: Node,
	offset: number,
	root: Element,
	side: 'start' | 'end'
): SelectionEnd | undefined {
	const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
	let block = element?.closest<HTMLElement>(BLOCK);
	let at: { node: Node; offset: number } = { node, offset };
	if (!block && node.nodeType === Node.ELEMENT_NODE) {
		// A boundary between elements (triple-click selects from one <li> to the next): the
		// paragraph just after a start, or just before an end.
		const child = node.childNodes[side === 'start' ? offset : offset - 1];
		if (child?.nodeType === Node.ELEMENT_NODE) {
			const inner = child as Element;
			const blocks = [...(inner.matches(BLOCK) ? [inner] : []), ...inner.querySelectorAll(BLOCK)];
			block = (side === 'start' ? blocks[0] : blocks[blocks.length - 1]) as HTMLElement | undefined;
			if (block)
				at =
					side === 'start'
						? { node: block, offset: 0 }
						: { node: block, offset: block.childNodes.length };
		}
	}
	if (!block || !root.contains(block)) return;
	const before = document.createRange();
	before.setStart(block, 0);
	before.setEnd(at.node, at.offset);
	return {
		part: block.dataset.part as HighlightPart,
		paragraph: Number(block.dataset.paragraph),
		offset: before.toString().length
	};
}

/**
 * Where the reader's selection starts and ends among the article's highlightable paragraphs;
 * undefined when nothing is selected in `root`.
 */
export function selectionEnds(
	selection: Selection | null,
	root: Element
): { from?: SelectionEnd; to?: SelectionEnd } | undefined {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
	const range = selection.getRangeAt(0);
	if (!range.intersectsNode(root)) return;
	return {
		from: endAt(range.startContainer, range.startOffset, root, 'start'),
		to: endAt(range.endContainer, range.endOffset, root, 'end')
	};
}
