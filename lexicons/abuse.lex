# 辱骂（第十条）：草稿退回，留言立即处置。
@category abuse
@draft    returned
@comment  takedown
@severity medium
@article  第十条
@message  含辱骂性用语“{term}”
@comment_message 留言含辱骂性用语“{term}”，须立即处置

狗官
人渣 | boundary=substring
# 私人渣土车：“人”和“渣土”
!人渣土
畜生
王八蛋
混蛋
傻逼
傻b
狗东西
垃圾政府
废物政府
杂种
去死吧
傻x
sb
脑残
狗日的
狗日
他妈的
草泥马
操你妈
白痴
蠢货
滚蛋
这群废物
一群废物
垃圾官员
煞笔
傻比
沙比
傻批
畜牲
一帮废物
这帮废物
不得好死
都是废物
就是废物
全是废物
真是废物
政府就是垃圾
政府都是垃圾
当官的都是垃圾
死全家
全家死光
全家不得好死
我日
日他妈
日你妈
你妈的
圣母婊
婊子
狗腿子

# 允许词：标准代号（SB/T 商业行业标准）不是辱骂
!sb/t
!杂种优势
!杂种一代
